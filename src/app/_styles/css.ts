/**
 * `css` marks a template literal as CSS, so that Prettier formats it and a reader sees what it
 * is; it returns the text as written. `minify` takes out comments and the white space CSS does
 * not need, keeping quoted strings (a data: URL, a `content:`) as they are: the text inlined
 * in every page, and hashed for the Content-Security-Policy, is the minified one.
 */
export const css = String.raw;

const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g;

export function minify(text: string): string {
  const strings: string[] = [];
  // Comments go first (an apostrophe in one is not a string); no string here holds `/*`.
  const held = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(QUOTED, (quoted) => `\u0000${strings.push(quoted) - 1}\u0000`);
  const bare = held
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
  return bare.replace(/\u0000(\d+)\u0000/g, (_, i: string) => strings[Number(i)] ?? '');
}
