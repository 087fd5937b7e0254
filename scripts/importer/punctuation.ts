/** ASCII marks that NFKC made of the full-width marks Chinese prose uses. */
const FLATTENED = new Map([
  [',', '，'],
  [':', '：'],
  [';', '；'],
  ['?', '？'],
  ['!', '！'],
]);

/** Han characters and the CJK punctuation that survived (、。《》“”‘’ and the full-width forms). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\u2018\u2019\u201c\u201d\uff01-\uff5e]/u;

/**
 * Gives Chinese prose its full-width punctuation back: `, : ; ? !` become `，：；？！` when
 * a Chinese character stands on either side (spaces between are dropped, as Chinese sets none
 * after its marks), and a pair of ASCII parentheses enclosing Chinese becomes `（）`.
 * Punctuation between Latin letters or digits (`GPT-4/4V`, `DALL-E3`) is left as it is.
 */
export function restorePunctuation(line: string): string {
  const chars = [...line];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const wide = FLATTENED.get(ch);
    if (wide === undefined) {
      out += ch;
      continue;
    }
    let next = i + 1;
    while (chars[next] === ' ') next++;
    const before = out.trimEnd().slice(-1);
    const after = chars[next] ?? '';
    if (CHINESE.test(before) || CHINESE.test(after)) {
      out = out.trimEnd() + wide;
      i = next - 1;
    } else {
      out += ch;
    }
  }
  return out.replace(/\(([^()]*\p{Script=Han}[^()]*)\)/gu, '（$1）');
}
