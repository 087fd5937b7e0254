import 'server-only';
import { converterForPeople } from '../text/convert';
import type { Script } from '../text/scripts';
import { pathIn } from '../web/urls';
import { bestParagraph, findRanges, type Hit } from './search';

/** A piece of a snippet: text, marked where it matched. */
export type SnippetPart = { text: string; mark?: true };

/** One search result as the page shows it, in the page's script. */
export type ResultView = {
  slug: string;
  title: string;
  date: string;
  interviewee: string;
  /** The article, at the paragraph that matched. */
  href: string;
  snippet: SnippetPart[];
};

/** Characters of context before the first match, and the snippet's whole length. */
const BEFORE = 24;
const LENGTH = 110;

/** Cuts `text` into parts at `ranges` (marked inside them). */
function split(text: string, ranges: readonly [number, number][]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/**
 * The window of `text` around its first match, with the matches in it marked; `norm` is the
 * text normalised (same length), where the terms are looked for.
 */
function snippetOf(
  text: string,
  norm: string,
  terms: readonly string[],
): { text: string; ranges: [number, number][] } {
  const all = findRanges(norm, terms);
  const first = all[0]?.[0] ?? 0;
  const start = first <= BEFORE ? 0 : first - BEFORE;
  const end = Math.min(text.length, start + LENGTH);
  const ranges = all
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start, e - start]);
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  return {
    text: `${lead}${text.slice(start, end)}${tail}`,
    ranges: ranges.map(([s, e]) => [s + lead.length, e + lead.length]),
  };
}

/**
 * A hit as the results page shows it in `script`: the title, the day, the interviewee, the
 * matching paragraph's neighbourhood with each match in a mark, and a link to that paragraph.
 * Only this little text is converted, with the article's own names protected.
 */
export function resultView(hit: Hit, terms: readonly string[], script: Script): ResultView {
  const { doc } = hit;
  const convert = converterForPeople(script, doc.people);
  const paragraph = bestParagraph(doc, terms);
  const source = paragraph ?? doc.paragraphs[0] ?? { id: '', text: '' };
  const { text, ranges } = snippetOf(source.text, source.norm ?? source.text, terms);
  const whole = convert(text);
  // The converter keeps the length (see converterFor), so the marks stay in place; should it
  // ever not, each part is converted on its own.
  const snippet =
    whole.length === text.length
      ? split(whole, ranges)
      : split(text, ranges).map((p) => ({ ...p, text: convert(p.text) }));
  const path = pathIn(script, doc.slug);
  return {
    slug: doc.slug,
    title: convert(doc.title),
    date: doc.date,
    interviewee: convert(doc.interviewee),
    href: paragraph ? `${path}#${encodeURIComponent(paragraph.id)}` : path,
    snippet,
  };
}
