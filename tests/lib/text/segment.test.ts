import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cutWords, wordFrequency } from '@/lib/text/segment';

/** jieba's dictionary file, read here on its own: `word count tag` per line. */
const require = createRequire(import.meta.url);
const LINES = fs
  .readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8')
  .split('\n')
  .filter((line) => line !== '');
const COUNTS = new Map<string, number>();
for (const line of LINES) {
  const [word = '', count = ''] = line.split(' ');
  if (!COUNTS.has(word)) COUNTS.set(word, Number(count));
}

describe('wordFrequency', () => {
  it('gives the count the dictionary lists, for the first word, the last and words between', () => {
    const words = [...COUNTS.keys()];
    const sample = [words[0], words[1], words.at(-1), ...words.filter((_, i) => i % 997 === 0)];
    for (const word of sample as string[]) expect(wordFrequency(word), word).toBe(COUNTS.get(word));
  });

  it('counts the words a measure word can begin (只是, 出头) and not a pair that is no word', () => {
    expect(wordFrequency('只是')).toBeGreaterThan(1000);
    expect(wordFrequency('出头')).toBe(COUNTS.get('出头'));
    expect(COUNTS.has('只坛')).toBe(false);
    expect(wordFrequency('只坛')).toBe(0);
  });

  it('does not take part of a longer word, or of the next line, for the word', () => {
    // 人工智 is the beginning of listed words, not a word of its own.
    expect(COUNTS.has('人工智')).toBe(false);
    expect(wordFrequency('人工智')).toBe(0);
    expect(wordFrequency('')).toBe(0);
    expect(wordFrequency(' ')).toBe(0);
    expect(wordFrequency('只是 1')).toBe(0);
  });
});

describe('cutWords', () => {
  it('cuts text into words that join back into it', () => {
    const text = '人工智能发展受制于算力与人才';
    const words = cutWords(text);
    expect(words.length).toBeGreaterThan(3);
    expect(words.join('')).toBe(text);
  });
});
