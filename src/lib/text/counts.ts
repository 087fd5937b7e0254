import type { Standard } from './convert';
import { MEASURE_FORMS } from './measures';
import { wordFrequency } from './segment';

/*
 * Words counted in simplified text, and the traditional form counting gives them: a measure
 * word after a count (三只 → 三隻, 二十多只 → 二十多隻, 上万坛 → 上萬罈) and 周 as a week (两周,
 * 若干周, 这周 → 週). The converter (convert.ts) asks for each word it converts.
 */

/** The two words before a word, `[second last, last]`, as jieba cut the text. */
type Before = readonly [string | undefined, string | undefined];

/** How often jieba's dictionary must count a word for it to count as one. */
const COMMON_WORD = 10;

/** Digits and numerals: 三, 十几, 数, 两, 2. */
const NUMERALS = /^[一二三四五六七八九十百千万亿两几数半零〇0-9０-９]+$/;

/**
 * Whether `text` is a number: numerals only, and not 万一 ("in case") or 千万 ("by all
 * means"), words that begin with 万, 千 or 亿 and go on.
 */
function isNumber(text: string | undefined): boolean {
  return text !== undefined && NUMERALS.test(text) && !/^[万千亿]./.test(text);
}

/** Counts that are no number: 上百, 上千, 上万, 成千上万, 成百上千, 若干, 多少, 好几. */
const COUNT_WORDS = /^(?:上[百千万亿]|成[百千万]上[千万亿]|若干|多少|好几)$/;
/** What makes a number approximate after it: 二十多, 十余, 三十来. */
const APPROXIMATE = /^[多余来]$/;

/**
 * Whether the text before a measure word (its last two words, `[second last, last]`, or the
 * numerals jieba kept in one word with it) is a count: a number (三, 十几), a number made
 * approximate (二十多, 十余, 三十来, whether jieba cuts 多 off or not) or a count word
 * (上万, 成千上万, 若干).
 */
function isCount(before: Before): boolean {
  const [earlier, last] = before;
  if (last === undefined) return false;
  if (isNumber(last) || COUNT_WORDS.test(last)) return true;
  if (APPROXIMATE.test(last)) return isNumber(earlier);
  return APPROXIMATE.test(last.slice(-1)) && isNumber(last.slice(0, -1));
}

/**
 * The count a measure word stands after: the numerals jieba kept in one word with it, else
 * the words before it. A measure word said twice (一只只, 一坛坛: one by one) has the count
 * before the first, however jieba cuts them (一只/只, 一/坛/坛, 一只只).
 */
function countBefore(measure: string, count: string, before: Before): Before {
  if (count !== '') return [before[1], count.endsWith(measure) ? count.slice(0, -1) : count];
  const [earlier, last] = before;
  if (last === measure) return [undefined, earlier];
  if (last && last.length > 1 && last.endsWith(measure)) return [earlier, last.slice(0, -1)];
  return before;
}

/**
 * A measure word after a count takes the form the count decides (三只 → 三隻, 几坛 → 幾罈,
 * 二十多只 → 二十多隻, 上万坛 → 上萬罈; see measures.ts and `isCount`), and so does 周, which
 * after a count is a span of weeks (两周, 若干周, 上千周 → 週), whether jieba leaves it a word
 * of its own after the count (三/坛) or keeps the two as one word (数只, 十余只, 上/千周),
 * unless the character makes a common word with the next (只是, 出头, 里头, 周边). Undefined
 * for anything else.
 */
function measured(
  word: string,
  before: Before,
  after: string | undefined,
  convert: (text: string) => string,
  standard: Standard,
): string | undefined {
  const measure = word.at(-1) as string;
  const form = measure === '周' ? WEEKS : MEASURE_FORMS.get(measure);
  if (!form) return undefined;
  const count = word.slice(0, -1);
  if (!isCount(countBefore(measure, count, before))) return undefined;
  // A number and 周 that jieba knows as a word are left to OpenCC's phrases: 四周 is
  // "all around" (四周上下), 两周 two weeks. A rare one is cut wrong (上/千周): a week.
  if (measure === '周' && count !== '' && wordFrequency(word) >= COMMON_WORD) return undefined;
  // The character begins a word with the next one (三十出/头, 十几只/是): it is not a measure.
  if (after && wordFrequency(measure + after[0]) >= COMMON_WORD) return undefined;
  return convert(count) + form[standard];
}

/** 周 as a week, in both traditional standards (Taiwan's and Hong Kong's dictionaries: 週). */
const WEEK = '週';
const WEEKS = { tw: WEEK, hk: WEEK };
/** Words before 周 that say which week: 这, 那, 哪, 每, 上, 下, 本, 第三, 第几. */
const WEEK_DETERMINERS = /^(?:[这那哪每上下本]|第[一二三四五六七八九十百几0-9０-９]+)$/;

/**
 * Whether `word` is 周 meaning a week after a word that says which week (这周, 每周, 上周,
 * 第三周; after a count, `measured` decides), and it makes no common word with the next
 * character (这周围, 那周边 stay 周). OpenCC alone knows only the pairs its phrase table lists.
 */
function isWeek(word: string, before: Before, after: string | undefined): boolean {
  if (word !== '周' || !WEEK_DETERMINERS.test(before[1] ?? '')) return false;
  return !(after && wordFrequency(word + after[0]) >= COMMON_WORD);
}

/**
 * The traditional form of `word` (a word of jieba's cut, with the two words `before` it and
 * the word `after` it) in `standard` when counting decides it: a measure word after a count,
 * or 周 as a week; undefined otherwise, for OpenCC to convert. `convert` is the OpenCC
 * converter to that standard, for the count itself.
 */
export function countedForm(
  word: string,
  before: Before,
  after: string | undefined,
  standard: Standard,
  convert: (text: string) => string,
): string | undefined {
  const counted = measured(word, before, after, convert, standard);
  return counted ?? (isWeek(word, before, after) ? WEEK : undefined);
}
