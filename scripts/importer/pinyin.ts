/** Lower-case Hanyu Pinyin letters, tone marks included. */
export const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';

const ANNOTATION = new RegExp(`(?<=\\p{Script=Han})\\([${PINYIN_LETTERS}]+\\)`, 'gu');

/**
 * Removes pinyin readings written in ASCII parentheses right after a Han character
 * (`發(fā)展` → `發展`). Parentheses holding anything else, or not after a Han character, stay.
 */
export function stripPinyin(text: string): string {
  return text.replace(ANNOTATION, '');
}
