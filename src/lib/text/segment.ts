import 'server-only';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { perProcess } from '../memo/per-process';

/**
 * Cuts simplified Chinese text into words with jieba's dictionary (about 350,000 words), without
 * its guesser for unknown words (HMM off), so the cut is the dictionary's and repeatable. The
 * words joined give back the text exactly. Built once per process, on the server only.
 */
export function cutWords(text: string): string[] {
  if (text === '') return [];
  return perProcess('text/jieba', () => Jieba.withDict(dict)).cut(text, false);
}

/** jieba's dictionary as text, one `word count tag` line per word, and the counts looked up. */
type Counts = { text: string; found: Map<string, number> };

/**
 * How often jieba's dictionary counts `word` (0 for a word it does not list), from the same
 * dictionary the cutting uses. A word is looked up in the dictionary's text, once per process
 * (about 2 ms at most); a table of all 350,000 counts took 0.6 s to make, on the first page
 * made on request, for the few words a page asks about.
 */
export function wordFrequency(word: string): number {
  if (word === '' || /\s/.test(word)) return 0;
  const counts = perProcess<Counts>('text/jieba-counts', () => ({
    text: `\n${Buffer.from(dict).toString('utf8')}`,
    found: new Map(),
  }));
  let count = counts.found.get(word);
  if (count === undefined) {
    const at = counts.text.indexOf(`\n${word} `);
    const from = at + word.length + 2;
    count = at < 0 ? 0 : parseInt(counts.text.slice(from, from + 12), 10) || 0;
    counts.found.set(word, count);
  }
  return count;
}
