/**
 * How a passage (one to three whole sentences of one paragraph, see content/passages.ts) is
 * written in a URL: the paragraph's id and the sentences' range, counted from 1 in the
 * paragraph as the simplified source has it (`3`, or `3-4`), which is the same in every script.
 * One passage has one spelling: no leading zeros, no `3-3`, never more than `PASSAGE_MAX`
 * sentences. Its share page is `/<script>/<slug>/p/<paragraph id>/<range>`; in the article, the
 * hash `#<paragraph id>~<range>` marks it (the reader's code reads it). Safe in the browser.
 */

/** The most sentences one passage may hold. */
export const PASSAGE_MAX = 3;

export type SentenceRange = { from: number; to: number };

const RANGE = /^([1-9][0-9]{0,3})(?:-([1-9][0-9]{0,3}))?$/;

/** The range a URL segment spells, or undefined for anything but its one spelling. */
export function parseRange(text: string): SentenceRange | undefined {
  const match = RANGE.exec(text);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (match[2] !== undefined && to <= from) return undefined;
  return to - from + 1 <= PASSAGE_MAX ? { from, to } : undefined;
}

/** A range's one spelling: `3`, or `3-4`. */
export function formatRange({ from, to }: SentenceRange): string {
  return to === from ? String(from) : `${from}-${to}`;
}

/** The hash that marks a passage in the article: `<paragraph id>~<range>`, unescaped. */
export function passageHash(block: string, range: SentenceRange): string {
  return `${block}~${formatRange(range)}`;
}

/** The paragraph and range a hash (without `#`, unescaped) marks, or undefined. */
export function parsePassageHash(
  hash: string,
): { block: string; range: SentenceRange } | undefined {
  const at = hash.lastIndexOf('~');
  if (at <= 0) return undefined;
  const range = parseRange(hash.slice(at + 1));
  return range && { block: hash.slice(0, at), range };
}
