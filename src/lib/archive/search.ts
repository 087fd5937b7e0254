import * as OpenCC from 'opencc-js';
import type { Outline } from '../content/outline';
import { namesOf, type Person } from '../content/sources';
import { QUERY_MAX } from '../web/urls';

/**
 * Search over the archive, in any script. Text and queries are normalised to simplified
 * (OpenCC, from any traditional standard), full-width Latin letters and digits to ASCII, and
 * lower case; the normalised text keeps the length of the original, so a match's place in it
 * is its place in the text. The index (search-db.ts) keeps each article's text as tokens
 * (tokensOf: CJK pairs, Latin words, what stands between them), and a query's terms as phrases
 * of the same tokens: a name matches only where it stands whole (刘庆峰 never matches 刘, 庆
 * and 峰 apart). This module is the text's side of it, and knows nothing of the database.
 */

/** Most terms (space-separated words) in one query. */
export const TERMS_MAX = 8;

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Full-width ASCII (Ａ–ｚ, ０–９, punctuation) to ASCII, one character for one. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * A text as search compares it: simplified, half-width, lower case. Same length as `text`
 * when OpenCC maps character for character (it does for every character it knows); callers
 * that need offsets check.
 */
export function normalize(text: string): string {
  const folded = halfWidth(text).toLowerCase();
  const simplified = toSimplified(folded);
  return simplified.length === folded.length ? simplified : folded;
}

/** Runs of CJK characters, and Latin words (letters and digits). */
const TOKENS = /[\p{Script=Han}\u3040-\u30ff\uac00-\ud7af]+|[a-z0-9]+/gu;

/** The keys of a normalised text: each CJK pair (`刘庆`, `庆峰`) and each Latin word. */
export function keysOf(text: string): Set<string> {
  const keys = new Set<string>();
  for (const [token] of text.matchAll(TOKENS)) {
    if (/^[a-z0-9]/.test(token)) {
      keys.add(token);
      continue;
    }
    const chars = [...token];
    for (let i = 0; i + 1 < chars.length; i++) keys.add(`${chars[i]}${chars[i + 1]}`);
  }
  return keys;
}

/**
 * A normalised text as the index's tokens, in order: each CJK pair of a run of two or more
 * (`刘庆峰` → `刘庆 庆峰`), a CJK character standing alone as itself, each Latin word, and each
 * character between them as a token of its own (`¶` and its code point; `¶` alone for white
 * space, which no term holds). Two tokens are adjacent exactly where their text is, so a term's
 * tokens found one after another in an article are the term, whole: `刘庆 庆峰` never matches
 * 刘庆 and 庆峰 apart, and a run of CJK never continues across punctuation or a paragraph.
 */
export function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  const between = (gap: string) => {
    for (const ch of gap) {
      tokens.push(/\s/u.test(ch) ? GAP : `${GAP}${(ch.codePointAt(0) as number).toString(36)}`);
    }
  };
  let at = 0;
  for (const match of text.matchAll(TOKENS)) {
    const [token] = match;
    between(text.slice(at, match.index));
    at = match.index + token.length;
    if (/^[a-z0-9]/.test(token)) {
      tokens.push(token);
      continue;
    }
    const chars = [...token];
    if (chars.length === 1) tokens.push(token);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
  }
  between(text.slice(at));
  return tokens;
}

/** What marks a token made of the characters between words (see tokensOf). */
const GAP = '¶';

/** A token that is a CJK character standing alone. */
const LONE = /^[\p{Script=Han}\u3040-\u30ff\uac00-\ud7af]$/u;

/** One article as the index keeps it, in simplified script. */
export type SearchDoc = {
  slug: string;
  date: string;
  title: string;
  interviewee: string;
  /** Everyone the article names, so a snippet converts their names as the page does. */
  people: Person[];
  /** Each paragraph's text, and its normalised form where that differs (see normalize). */
  paragraphs: { id: string; text: string; norm?: string }[];
  /** The title and the interviewee's name, normalised, one line each. */
  head: string;
};

/** An article as search keeps it: what a result shows, and the texts terms are looked for in. */
export function searchDocOf({ source, paragraphs }: Outline): SearchDoc {
  const { meta } = source;
  return {
    slug: source.slug,
    date: meta.date,
    title: meta.title,
    interviewee: meta.interviewee.name,
    people: namesOf(source),
    paragraphs: paragraphs
      .filter((p) => p.text.trim() !== '')
      .map((p) => {
        const norm = normalize(p.text);
        return norm === p.text ? p : { ...p, norm };
      }),
    head: normalize(`${meta.title}\n${meta.interviewee.name}`),
  };
}

/**
 * What marks a token of the head (title and interviewee) in the index's `head` column: `§刘庆`.
 * A marked token is never one of the text's, so a term in the head has a list of articles of its
 * own, as short as the titles and names that hold it.
 */
const HEAD = '§';

/**
 * An article as the index's two columns of tokens: `head`, its title and interviewee's name
 * marked (HEAD); `text`, the same and then every paragraph, each a white space apart, so that a
 * term's phrase finds the term wherever it stands, whole.
 */
export function indexColumns(doc: SearchDoc): { head: string; text: string } {
  const head = tokensOf(doc.head);
  return {
    head: head.map((token) => `${HEAD}${token}`).join(' '),
    text: tokensOf([doc.head, ...doc.paragraphs.map(compared)].join('\n')).join(' '),
  };
}

/** Why a query cannot be run: nothing to search for, a term too short to index, too long. */
export type QueryProblem = 'empty' | 'too-short' | 'too-long';

/**
 * A query ready to run: its terms, normalised; each term as a phrase of the index's tokens (an
 * FTS5 phrase: the term's tokens one after another); and whether the phrases find exactly the
 * articles holding the terms (`exact`), or only narrow them down, the terms then being looked
 * for in each (a term that begins with a CJK character standing alone, `股a`: in an article that
 * character may begin a longer run, whose first pair the index keeps, not the character).
 */
export type ParsedQuery = {
  terms: string[];
  phrases: string[];
  /** Each term as a phrase of the head's marked tokens (see indexColumns). */
  headPhrases: string[];
  exact: boolean;
};

/**
 * A term as a phrase of the index's tokens: its tokens in order, the last one a prefix when it
 * is a CJK character standing alone (`a股` is `a` then a token beginning with 股: 股 or 股市);
 * a CJK character standing alone first is left out, and the phrase is then not exact.
 */
function phraseOf(term: string): { phrase: string; headPhrase: string; exact: boolean } {
  const tokens = tokensOf(term);
  const alone = (token: string | undefined) => token !== undefined && LONE.test(token);
  const exact = !(tokens.length > 1 && alone(tokens[0]));
  if (!exact) tokens.shift();
  const prefix = tokens.length > 1 && alone(tokens[tokens.length - 1]) ? ' *' : '';
  return {
    phrase: `"${tokens.join(' ')}"${prefix}`,
    headPhrase: `"${tokens.map((token) => `${HEAD}${token}`).join(' ')}"${prefix}`,
    exact,
  };
}

/** Reads a reader's query: at most TERMS_MAX terms, each with at least two characters to index. */
export function parseQuery(raw: string): ParsedQuery | QueryProblem {
  const text = raw.normalize('NFC').trim();
  if (text === '') return 'empty';
  if ([...text].length > QUERY_MAX) return 'too-long';
  const terms = [
    ...new Set(
      normalize(text)
        .split(/[\s\u3000]+/)
        .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter((t) => t !== ''),
    ),
  ].slice(0, TERMS_MAX);
  if (terms.length === 0) return 'empty';
  if (terms.some((t) => keysOf(t).size === 0)) return 'too-short';
  const phrases = terms.map(phraseOf);
  return {
    terms,
    phrases: phrases.map((p) => p.phrase),
    headPhrases: phrases.map((p) => p.headPhrase),
    exact: phrases.every((p) => p.exact),
  };
}

/** Where in a text each term stands: [start, end) ranges, sorted, not overlapping. */
export function findRanges(text: string, terms: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let at = text.indexOf(term);
    while (at >= 0) {
      ranges.push([at, at + term.length]);
      at = text.indexOf(term, at + term.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** One article that matches. */
export type Hit = {
  doc: SearchDoc;
  /** The title or the interviewee's name holds a term. */
  inTitle: boolean;
};

/** A paragraph's text as search compares it. */
const compared = (p: SearchDoc['paragraphs'][number]) => p.norm ?? p.text;

/** Whether `doc` holds `term` whole: in its title, the interviewee's name or one paragraph. */
export function holds(doc: SearchDoc, term: string): boolean {
  return doc.head.includes(term) || doc.paragraphs.some((p) => compared(p).includes(term));
}

/**
 * The paragraph (or section heading) of `doc` that best shows the terms: the first holding the
 * most of them; undefined when only the title or name holds them.
 */
export function bestParagraph(doc: SearchDoc, terms: readonly string[]) {
  let best: SearchDoc['paragraphs'][number] | undefined;
  let bestCount = 0;
  for (const p of doc.paragraphs) {
    const text = compared(p);
    const count = terms.reduce((n, t) => (text.includes(t) ? n + 1 : n), 0);
    if (count > bestCount) {
      best = p;
      bestCount = count;
      if (count === terms.length) break;
    }
  }
  return best;
}
