/** A line of the seed that is part of the article, with its 1-based line number in the seed. */
export type SeedLine = { line: number; text: string };

/** Text the page layout added, one line each, that is no part of the article. */
const CHROME_LINES = new Set(['頂部', '顶部']);

/** An HTML end tag left at a line's end, its `<` possibly swallowed by a misread byte. */
const END_TAG = /<?\/[a-z]+>$/;

/**
 * Drops the page chrome: "back to top" lines, stray HTML end tags at line ends, blank lines
 * and the white space around lines. Keeps each remaining line's number for error messages.
 */
export function dropChrome(text: string): SeedLine[] {
  return text
    .split('\n')
    .map((raw, i) => ({ line: i + 1, text: raw.replace(END_TAG, '').trim() }))
    .filter(({ text: t }) => t !== '' && !CHROME_LINES.has(t));
}
