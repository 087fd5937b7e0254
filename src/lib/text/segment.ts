import 'server-only';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | undefined;

/**
 * Cuts simplified Chinese text into words with jieba's dictionary (about 350,000 words), without
 * its guesser for unknown words (HMM off), so the cut is the dictionary's and repeatable. The
 * words joined give back the text exactly. Built once per process, on the server only.
 */
export function cutWords(text: string): string[] {
  if (text === '') return [];
  jieba ??= Jieba.withDict(dict);
  return jieba.cut(text, false);
}

let frequencies: Map<string, number> | undefined;

/**
 * How often jieba's dictionary counts `word` (0 for a word it does not list). Read once per
 * process from the same dictionary the cutting uses.
 */
export function wordFrequency(word: string): number {
  if (!frequencies) {
    frequencies = new Map();
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      const [entry = '', count = '0'] = line.split(' ');
      frequencies.set(entry, Number(count));
    }
  }
  return frequencies.get(word) ?? 0;
}
