import 'server-only';
import * as OpenCC from 'opencc-js';
import STPhrases from 'opencc-js/dict/STPhrases';
import { perProcess } from '../memo/per-process';
import { recentlyUsed } from '../memo/recent';
import { toCornerQuotes } from './quote-marks';
import type { Script } from './scripts';
import { nameToTraditional, nameVariants } from './names';
import { countedForm } from './counts';
import { cutWords } from './segment';
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
 * 一桿進洞); a phrase never starts or ends inside a word. A measure word after a count takes
 * the form the count decides, and 周 after a count or a word that says which week is a week
 * (see counts.ts).
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
    out += countedForm(group, before, words[i + take], standard, convert) ?? convert(group);
    i += take;
  }
  return out;
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

const peopleConverters = recentlyUsed<Convert>('text/people-converters', 500);

/**
 * The converter for an article's people in `script` (converterFor with their terms), kept (the
 * 500 most recently used) so that a page listing many articles by the same people (an index
 * page, search results) does not build it again: a few milliseconds each.
 */
export function converterForPeople(
  script: Script,
  people: readonly { name: string; hant?: string }[],
): Convert {
  const key = `${script}\0${people.map((p) => `${p.name}/${p.hant ?? ''}`).join('|')}`;
  return peopleConverters(key, () => converterFor(script, personTerms(people))) as Convert;
}

/**
 * Converts one text to `script` with the project dictionary. For many texts of one article,
 * build a converter once with `converterFor`.
 */
export function toScript(text: string, script: Script): string {
  return converterFor(script)(text);
}
