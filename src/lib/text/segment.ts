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
