import { eastAsianWidthType } from 'get-east-asian-width';

/**
 * Whether a character is set full width in Chinese text: Han characters, kana, Hangul and
 * full-width punctuation (East Asian Width W or F), and the punctuation Unicode leaves
 * "ambiguous" that Chinese text sets full width: “ ” ‘ ’ … — · and the like. Latin letters,
 * digits and ambiguous letters (Greek, Cyrillic) are not. Takes the first code point of `ch`;
 * an empty string is not wide.
 */
export function isWide(ch: string): boolean {
  const code = ch.codePointAt(0);
  if (code === undefined) return false;
  const type = eastAsianWidthType(code);
  if (type === 'wide' || type === 'fullwidth') return true;
  return type === 'ambiguous' && /[\p{P}\p{S}]/u.test(String.fromCodePoint(code));
}
