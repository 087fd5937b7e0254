import 'server-only';
import * as OpenCC from 'opencc-js';
import STPhrases from 'opencc-js/dict/STPhrases';
import { perProcess } from '../memo/per-process';
import { toCornerQuotes } from './quote-marks';
import type { Script } from './scripts';
import { MEASURE_FORMS } from './measures';
import { nameToTraditional, nameVariants } from './names';
import { cutWords, wordFrequency } from './segment';
import { PHRASES, PROTECTED_TERMS } from './terms';

/** A name or term and the traditional form it must have. */
export type Term = readonly [simplified: string, traditional: string];

/** Who decided a stretch of traditional text. */
export type Decider = 'opencc' | 'terms' | 'phrases' | 'names';

/** A stretch of simplified text and its traditional form, with who decided it. */
export type Piece = { text: string; hant: string; by: Decider };

type Convert = (text: string) => string;

/** The two traditional standards: Taiwan's (`tw`) and Hong Kong's (`hk`). */
export type Standard = 'tw' | 'hk';

/** The standard a traditional script is written to. */
function standardOf(script: Exclude<Script, 'zh-hans'>): Standard {
  return script === 'zh-hant-hk' ? 'hk' : 'tw';
}

const converters = perProcess('text/opencc', () => new Map<string, Convert>());

/**
 * An OpenCC converter, character forms only: `cn` → `tw` or `hk` (never `twp`: no vocabulary
 * swaps such as 数据 → 資料), or `tw` → `hk` for the project's phrase table. Built once per
 * process; its dictionaries stay on the server.
 */
function opencc(from: 'cn' | 'tw', to: Standard): Convert {
  const key = `${from}>${to}`;
  let convert = converters.get(key);
  if (!convert) {
    convert = OpenCC.Converter({ from, to });
    converters.set(key, convert);
  }
  return convert;
}

/** The simplified phrases OpenCC knows (its STPhrases table), for grouping words. */
function openccPhrases(): { keys: Set<string>; longest: number } {
  return perProcess('text/opencc-phrases', () => {
    const keys = new Set(STPhrases.split('|').map((entry) => entry.slice(0, entry.indexOf(' '))));
    return { keys, longest: Math.max(...[...keys].map((k) => k.length)) };
  });
}

/**
 * OpenCC with word boundaries. Plain OpenCC matches its phrases longest first from the left, so
 * a phrase can swallow the first character of the next word (近百年历史 → 近百年曆史, taking
 * 年历 "calendar"). Here the text is cut into words first (jieba), and OpenCC converts one word
 * at a time, or a run of whole words that together are one of OpenCC's phrases (一杆/进洞 is
 * 一桿進洞); a phrase never starts or ends inside a word. A measure word after a number takes
 * the form the number decides (see `measured`), and 周 after a quantity is a week (see
 * `isWeek`).
 */
function convertWords(text: string, standard: Standard = 'tw'): string {
  const convert = opencc('cn', standard);
  const { keys, longest } = openccPhrases();
  const words = cutWords(text);
  let out = '';
  for (let i = 0; i < words.length;) {
    let take = 1;
    let group = words[i] as string;
    let run = group;
    for (let j = i + 1; j < words.length; j++) {
      run += words[j];
      if (run.length > longest) break;
      if (keys.has(run)) {
        take = j - i + 1;
        group = run;
      }
    }
    const before = [words[i - 2], words[i - 1]] as const;
    const after = words[i + take];
    out +=
      measured(group, before, after, standard) ??
      (isWeek(group, before, after) ? WEEK : convert(group));
    i += take;
  }
  return out;
}

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
function isCount(before: readonly [string | undefined, string | undefined]): boolean {
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
function countBefore(
  measure: string,
  count: string,
  before: readonly [string | undefined, string | undefined],
): readonly [string | undefined, string | undefined] {
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
  before: readonly [string | undefined, string | undefined],
  after: string | undefined,
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
  return opencc('cn', standard)(count) + form[standard];
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
function isWeek(
  word: string,
  before: readonly [string | undefined, string | undefined],
  after: string | undefined,
): boolean {
  if (word !== '周' || !WEEK_DETERMINERS.test(before[1] ?? '')) return false;
  return !(after && wordFrequency(word + after[0]) >= COMMON_WORD);
}

/**
 * One character on its own, with no phrase around it, in Taiwan's forms: names keep the
 * standard forms in both traditional scripts (the chairman writes 劉慶峰, Hong Kong's variant
 * table would make it 峯).
 */
function convertChar(ch: string): string {
  return opencc('cn', 'tw')(ch);
}

/**
 * The traditional form of a person's name, converted as a name (see `nameToTraditional`):
 * 范立群 → 范立群, 钟南山 → 鍾南山, 欧阳修 → 歐陽修. A name in the project dictionary keeps
 * the form given there (刘庆峰 → 劉慶峰, where OpenCC alone would write 峯).
 */
export function nameToHant(name: string): string {
  const listed = PROTECTED_TERMS.find(([s]) => s === name);
  return listed ? listed[1] : nameToTraditional(name, convertChar);
}

/**
 * The terms that protect the people an article names: each person's full name and the surname
 * with a title (`范先生`), in the form `hant` gives (the author's override) or as a name.
 */
export function personTerms(people: readonly { name: string; hant?: string }[]): Term[] {
  return people.flatMap((p) => nameVariants(p.name, p.hant ?? nameToHant(p.name), convertWords));
}

type Tagged = { hant: string; by: Decider };

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds an explainer: text → the pieces it converts as. Terms win over conversion, longer
 * terms over shorter ones they contain, and among equal ones the first source: the project
 * dictionary (`terms`), the project's phrase table (`phrases`), then the given `people`.
 */
export function explainerFor(
  people: readonly Term[] = [],
  standard: Standard = 'tw',
): (text: string) => Piece[] {
  const table = new Map<string, Tagged>();
  const add = (terms: readonly Term[], by: Decider) => {
    for (const [simplified, hant] of terms) {
      if (simplified !== '' && !table.has(simplified)) table.set(simplified, { hant, by });
    }
  };
  add(PROTECTED_TERMS, 'terms');
  // The phrase table is written in Taiwan's forms; Hong Kong's differ only in variants.
  add(
    standard === 'hk' ? PHRASES.map(([s, tw]) => [s, opencc('tw', 'hk')(tw)] as const) : PHRASES,
    'phrases',
  );
  add(people, 'names');
  const pattern = new RegExp(
    [...table.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'g',
  );

  return (text) => {
    const pieces: Piece[] = [];
    const plain = (s: string) => {
      if (s !== '') pieces.push({ text: s, hant: convertWords(s, standard), by: 'opencc' });
    };
    let at = 0;
    for (const match of text.matchAll(pattern)) {
      plain(text.slice(at, match.index));
      const term = table.get(match[0]) as Tagged;
      pieces.push({ text: match[0], ...term });
      at = match.index + match[0].length;
    }
    plain(text.slice(at));
    return pieces;
  };
}

/**
 * Builds a converter from the canonical simplified text to `script`.
 *
 * For the traditional scripts (`zh-hant`, Taiwan's standard; `zh-hant-hk`, Hong Kong's):
 * protected terms (the project dictionary and phrase table, then `people`, the terms of the
 * people an article names) come out exactly as given, each a word of its own, in both
 * standards; the text between them is converted word by word (see `convertWords`) to the
 * script's standard; quotation marks become corner marks (see `toCornerQuotes`). The output
 * has as many UTF-16 units as the input. For `zh-hans` the converter returns its input.
 */
export function converterFor(script: Script, people: readonly Term[] = []): Convert {
  if (script === 'zh-hans') return (text) => text;
  const explain = explainerFor(people, standardOf(script));
  return (text) =>
    text === ''
      ? text
      : toCornerQuotes(
          explain(text)
            .map((p) => p.hant)
            .join(''),
        );
}

/**
 * Converts one text to `script` with the project dictionary. For many texts of one article,
 * build a converter once with `converterFor`.
 */
export function toScript(text: string, script: Script): string {
  return converterFor(script)(text);
}
