import * as OpenCC from 'opencc-js';
import type { Outline } from '../content/outline';
import type { Person } from '../content/sources';
import { QUERY_MAX } from '../web/urls';
import { byNewest } from './order';

/**
 * Search over the archive, in any script. Text and queries are normalised to simplified
 * (OpenCC, from any traditional standard), full-width Latin letters and digits to ASCII, and
 * lower case; the normalised text keeps the length of the original, so a match's place in it
 * is its place in the text. The index holds, for each pair of adjacent CJK characters and
 * each Latin word, the articles that contain it; a query's pairs and words narrow the
 * articles down, and the query's own text is then found in them: a name matches only where it
 * stands whole (刘庆峰 never matches 刘, 庆 and 峰 apart).
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

/** The whole index, as written to disk at build time. */
export type SearchIndex = {
  version: 2;
  docs: SearchDoc[];
  /** key → the numbers of the docs that contain it, ascending */
  keys: Record<string, number[]>;
};

/** Makes the index of these articles: newest first, so doc order is recency order. */
export function buildSearchIndex(outlines: readonly Outline[]): SearchIndex {
  const docs = outlines
    .map(({ source, paragraphs }): SearchDoc => {
      const { meta } = source;
      return {
        slug: source.slug,
        date: meta.date,
        title: meta.title,
        interviewee: meta.interviewee.name,
        people: [meta.interviewee, meta.reporter, ...(meta.people ?? [])].map((p) => ({
          name: p.name,
          ...(p.hant ? { hant: p.hant } : {}),
        })),
        paragraphs: paragraphs
          .filter((p) => p.text.trim() !== '')
          .map((p) => {
            const norm = normalize(p.text);
            return norm === p.text ? p : { ...p, norm };
          }),
        head: normalize(`${meta.title}\n${meta.interviewee.name}`),
      };
    })
    .sort(byNewest);
  const keys = new Map<string, number[]>();
  docs.forEach((doc, n) => {
    const texts = [doc.head, ...doc.paragraphs.map((p) => p.norm ?? p.text)];
    for (const key of keysOf(texts.join('\n'))) {
      const list = keys.get(key);
      if (list) list.push(n);
      else keys.set(key, [n]);
    }
  });
  return { version: 2, docs, keys: Object.fromEntries(keys) };
}

/** Why a query cannot be run: nothing to search for, a term too short to index, too long. */
export type QueryProblem = 'empty' | 'too-short' | 'too-long';

/** A query ready to run: its terms, normalised, each with the keys that must all be present. */
export type ParsedQuery = { terms: string[]; keys: string[] };

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
  const keys = terms.map((t) => keysOf(t));
  if (keys.some((k) => k.size === 0)) return 'too-short';
  return { terms, keys: [...new Set(keys.flatMap((k) => [...k]))] };
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

/** Numbers in both ascending lists. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

/**
 * Every article holding every term (in its title, the interviewee's name or its text): title
 * and name matches first, then the rest, each group newest first.
 */
export function search(index: SearchIndex, query: ParsedQuery): Hit[] {
  const lists = query.keys.map((k) => index.keys[k] ?? []).sort((a, b) => a.length - b.length);
  let candidates = lists[0] ?? [];
  for (const list of lists.slice(1)) {
    if (candidates.length === 0) break;
    candidates = intersect(candidates, list);
  }
  const titled: Hit[] = [];
  const others: Hit[] = [];
  for (const n of candidates) {
    const doc = index.docs[n] as SearchDoc;
    const { head } = doc;
    // Each term somewhere: the first paragraph that holds it is enough here; the paragraph
    // to show is chosen only for the results a page shows (bestParagraph).
    const holds = (t: string) =>
      head.includes(t) || doc.paragraphs.some((p) => compared(p).includes(t));
    if (!query.terms.every(holds)) continue;
    const hit: Hit = { doc, inTitle: query.terms.some((t) => head.includes(t)) };
    (hit.inTitle ? titled : others).push(hit);
  }
  return [...titled, ...others];
}
