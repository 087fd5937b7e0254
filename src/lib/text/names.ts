import { COMPOUND_SURNAMES, GIVEN_NAME_FORMS, SURNAME_FORMS } from './surnames';

/** A Chinese personal name cut into its surname and given name. */
export type NameParts = { surname: string; given: string };

/**
 * Titles a surname takes when the text speaks of a person without their given name
 * (`范先生`, `余教授`). Two characters or more only: a one-character title after a surname
 * (`范总`) also reads inside ordinary words (`规范总体`), where protecting it would be wrong.
 */
export const TITLES: readonly string[] = [
  '先生',
  '女士',
  '老师',
  '教授',
  '博士',
  '院士',
  '董事长',
  '总经理',
  '总裁',
  '经理',
  '主任',
  '书记',
  '院长',
  '校长',
  '所长',
  '局长',
  '部长',
  '厂长',
  '市长',
  '省长',
  '县长',
  '医生',
  '律师',
  '导演',
  '师傅',
  '同学',
];

/**
 * Cuts a name into surname and given name: a compound surname (欧阳, 司马, 诸葛, …) when the
 * name starts with one and has a given name after it, else the first character. A name of one
 * character is all surname. Names that are not Chinese (`Elon Musk`) come back whole as given.
 */
export function splitName(name: string): NameParts {
  const chars = [...name];
  if (chars.length === 0 || !/^\p{Script=Han}+$/u.test(name)) return { surname: '', given: name };
  const two = chars.slice(0, 2).join('');
  if (chars.length > 2 && COMPOUND_SURNAMES.has(two)) {
    return { surname: two, given: chars.slice(2).join('') };
  }
  return { surname: chars[0] as string, given: chars.slice(1).join('') };
}

/**
 * The traditional form of a personal name, converted as a name and never as words: the surname
 * takes its surname form (范, 余, 游, 涂, 台 stay; 钟 → 鍾, 叶 → 葉; 欧阳 → 歐陽), and each
 * character of the given name the form given names use where that differs from the character
 * alone (冲 → 沖, 里 → 里; see GIVEN_NAME_FORMS), else its own conversion, one character at a
 * time, so that no phrase across the name (沈阳明 is not 瀋陽明) decides it.
 *
 * @param convertChar converts one simplified character to traditional (OpenCC, character only)
 */
export function nameToTraditional(name: string, convertChar: (ch: string) => string): string {
  const { surname, given } = splitName(name);
  const asGiven = (ch: string) => GIVEN_NAME_FORMS.get(ch) ?? convertChar(ch);
  if (surname === '') return [...given].map(convertChar).join('');
  const family =
    SURNAME_FORMS.get(surname) ??
    [...surname].map((ch) => SURNAME_FORMS.get(ch) ?? convertChar(ch)).join('');
  return family + [...given].map(asGiven).join('');
}

/**
 * The forms a person's name takes in running text, each with its traditional form: the full
 * name, and the surname with a title (`范先生` → `范先生`, `钟教授` → `鍾教授`).
 *
 * @param hant the traditional form of the whole name (the author's `hant:`, or `nameToTraditional`)
 * @param convertWords converts ordinary text, for the titles
 */
export function nameVariants(
  name: string,
  hant: string,
  convertWords: (text: string) => string,
): [string, string][] {
  const variants: [string, string][] = [[name, hant]];
  const { surname, given } = splitName(name);
  const hantSurname = [...hant].slice(0, [...surname].length).join('');
  if (surname !== '' && given !== '') {
    for (const title of TITLES) variants.push([surname + title, hantSurname + convertWords(title)]);
  }
  return variants;
}
