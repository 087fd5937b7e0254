import 'server-only';
import { slug as slugOf } from 'github-slugger';
import { isProse, paragraphText, type Paragraph, type Run } from './blocks';
import { parseArticle, type Section } from './parse';
import { utteranceParts } from './utterances';
import { personId } from './ids';
import { imageDimensions, PUBLIC_DIR } from './images';
import {
  ContentError,
  getArticleSource,
  type ArticleSource,
  type Person,
} from './sources';
import { CLOSING_MARKS, OPENING_MARKS } from '../text/quote-marks';
import { SCRIPTS, type Script } from '../text/scripts';
import { converterFor, personTerms } from '../text/convert';
import { perProcess } from '../memo/per-process';

/** A person as the page shows them, in the page's script. */
export type PersonView = { name: string };


/**
 * One utterance as the page shows it: its parts' text (marks included), in the page's script.
 * A whole answer of a Q&A transcript also has its opening sentence, which the quotes panel shows.
 */
export type QuoteView = { id: string; speaker: string; parts: string[]; opening?: string };

/** A section as the page shows it, with the other ids a reader's link may use for it. */
export type SectionView = Section & {
  /**
   * Ids that also land on this section: its heading's text (raw and slugged) in every script,
   * where that differs from its id. A hash written from a traditional heading works too.
   */
  aliases: string[];
};

/** Everything an article page shows, in one script, as plain data for components. */
export type Article = {
  slug: string;
  script: Script;
  title: string;
  description: string;
  publication: string;
  issue: string;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  /** Day of the last amendment, `YYYY-MM-DD`, if any. */
  updated?: string;
  reporter: PersonView;
  /** The person interviewed; `id` names their page (see personId). */
  interviewee: PersonView & { role: string; id: string };
  credit?: string;
  lede: Paragraph[];
  sections: SectionView[];
  /** The interviewee's utterances, in reading order. */
  quotes: QuoteView[];
  /** Characters of body text, for the reading time. */
  length: number;
};

/** Characters a Chinese reader reads in a minute, for the reading time. */
export const CHARACTERS_PER_MINUTE = 500;

/** Minutes to read `length` characters, rounded up, at least 1. */
export function readingMinutes(length: number): number {
  return Math.max(1, Math.ceil(length / CHARACTERS_PER_MINUTE));
}

/** Longest description, in characters, that search results show whole. */
const DESCRIPTION_MAX = 80;

/**
 * A description from the opening paragraph: whole if short, else cut at the last sentence end
 * outside quotation marks within the limit, else cut at the limit with an ellipsis.
 */
export function summarize(text: string, max: number = DESCRIPTION_MAX): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  let depth = 0;
  let end = -1;
  chars.slice(0, max).forEach((ch, i) => {
    if (OPENING_MARKS.includes(ch)) depth++;
    else if (CLOSING_MARKS.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && /[。！？]/.test(ch)) end = i;
  });
  return end >= 0 ? chars.slice(0, end + 1).join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Everyone an article names in its front matter: the interviewee, the reporter, `people:`. */
function peopleOf(source: ArticleSource): Person[] {
  const { interviewee, reporter, people = [] } = source.meta;
  return [interviewee, reporter, ...people];
}

/**
 * Converts runs as one text, so that phrases across runs keep their context, then cuts it back
 * into its runs. OpenCC's cn → tw maps character for character; should a conversion ever
 * change the length, each run is converted on its own instead.
 */
function convertRuns(runs: Run[], convert: (t: string) => string): Run[] {
  const text = runs.map((r) => r.text).join('');
  const whole = convert(text);
  if (whole.length !== text.length) return runs.map((r) => ({ ...r, text: convert(r.text) }));
  let at = 0;
  return runs.map((run) => {
    const text = whole.slice(at, at + run.text.length);
    at += run.text.length;
    return { ...run, text };
  });
}

/** A paragraph in another script: its runs, a figure's alt text, a table's cells. */
function convertParagraph(paragraph: Paragraph, convert: (t: string) => string): Paragraph {
  const out: Paragraph = { ...paragraph, runs: convertRuns(paragraph.runs, convert) };
  if (paragraph.figure) out.figure = { ...paragraph.figure, alt: convert(paragraph.figure.alt) };
  if (paragraph.table) {
    const rows = paragraph.table.rows.map((row) => row.map((cell) => convertRuns(cell, convert)));
    out.table = { ...paragraph.table, rows };
  }
  return out;
}

/** All the text of a paragraph a reader reads: its runs, or a table's cells. */
export function readableText(paragraph: Paragraph): string {
  const cells = paragraph.table?.rows.flat().map((cell) => cell.map((r) => r.text).join('')) ?? [];
  return paragraphText(paragraph) + cells.join('');
}

/** Shortest opening the quotes panel shows for an answer, in characters. */
const OPENING_MIN = 12;

/**
 * The opening of a text: its first sentence, ending at 。！？ outside quotation marks, with the
 * sentences after it while it is shorter than `min` characters (`第三年。` alone says nothing).
 * A text with no sentence end comes back whole.
 */
export function openingSentence(text: string, min: number = OPENING_MIN): string {
  let depth = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (OPENING_MARKS.includes(ch)) depth++;
    else if (CLOSING_MARKS.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && /[。！？!?]/.test(ch)) {
      // Closing marks and brackets that end the sentence stay with it.
      let end = i + 1;
      while (end < chars.length && /[”’）」』]/.test(chars[end] as string)) end++;
      if (end >= min || end === chars.length) return chars.slice(0, end).join('');
      i = end - 1;
    }
  }
  return text;
}

/**
 * Articles built, by script and slug, the most recently asked for last. Pages made ahead or
 * kept by Next are not built again; this spares the share pages and cards made on request from
 * building the article each time. Bounded: an origin that is asked for every article of a large
 * archive keeps only the most recent ones.
 */
const built = perProcess('content/articles', () => new Map<string, Article>());
const BUILT_MAX = 300;

/**
 * Builds the page data for one article source in one script. Pages use `getArticle`, which
 * builds once per process; this is for checking an article that is not in content/, with its
 * images in `publicDir` (default: the project's public/).
 *
 * @throws ContentError for a body with no paragraphs
 */
export function buildArticle(
  source: ArticleSource,
  script: Script,
  { publicDir = PUBLIC_DIR }: { publicDir?: string } = {},
): Article {
  const { meta } = source;
  const parsed = parseArticle(source.body, {
    people: peopleOf(source).map((p) => p.name),
    reporter: meta.reporter.name,
    publication: meta.publication,
  });
  const all = [...parsed.lede, ...parsed.sections.flatMap((s) => s.paragraphs)];
  if (all.length === 0) {
    throw new ContentError(`content/${source.file}: the article has no paragraphs`);
  }
  const opening = all.find((p) => isProse(p) && paragraphText(p).trim() !== '') ?? all[0]!;
  for (const p of all) {
    if (!p.figure) continue;
    Object.assign(p.figure, imageDimensions(p.figure.src, `content/${source.file}`, publicDir));
  }
  // Section aliases come from the heading in every script, so that a hash written from any of
  // them lands; the page's own converter converts the page.
  const terms = personTerms(peopleOf(source));
  const converters = SCRIPTS.map((s) => converterFor(s, terms));
  const convert = converters[SCRIPTS.indexOf(script)] as (text: string) => string;
  const paragraph = (p: Paragraph) => convertParagraph(p, convert);
  const lede = parsed.lede.map(paragraph);
  const taken = new Set([
    ...all.map((p) => p.id),
    ...parsed.sections.map((s) => s.id),
    ...parsed.quotes.map((q) => q.id),
  ]);
  const sections = parsed.sections.map((s): SectionView => {
    const forms = converters.map((c) => c(s.heading)).flatMap((h) => [h, slugOf(h)]);
    const aliases = [...new Set(forms)].filter((a) => a !== '' && !/\s/.test(a) && !taken.has(a));
    aliases.forEach((a) => taken.add(a));
    return { ...s, heading: convert(s.heading), paragraphs: s.paragraphs.map(paragraph), aliases };
  });
  const converted = new Map(
    [...lede, ...sections.flatMap((s) => s.paragraphs)].map((p) => [p.id, p]),
  );
  const quotes = parsed.quotes
    .filter((q) => q.speaker === meta.interviewee.name)
    .map((q): QuoteView => {
      const parts = q.paragraphIds.flatMap((id) =>
        utteranceParts(converted.get(id) as Paragraph, q.id),
      );
      return {
        id: q.id,
        speaker: convert(q.speaker),
        parts,
        ...(q.answer ? { opening: openingSentence(parts[0] ?? '') } : {}),
      };
    });
  return {
    slug: source.slug,
    script,
    title: convert(meta.title),
    description: convert(meta.description ?? summarize(paragraphText(opening))),
    publication: convert(meta.publication),
    issue: convert(meta.issue),
    date: meta.date,
    ...(meta.updated ? { updated: meta.updated } : {}),
    reporter: { name: convert(meta.reporter.name) },
    interviewee: {
      name: convert(meta.interviewee.name),
      role: convert(meta.interviewee.role),
      id: personId(meta.interviewee.name),
    },
    ...(meta.credit ? { credit: convert(meta.credit) } : {}),
    lede,
    sections,
    quotes,
    length: all.reduce((n, p) => n + [...readableText(p)].length, 0),
  };
}

/**
 * The article with this slug in `script`, or undefined for an unknown slug. Built once per
 * process and script (at build time, for prerendered pages), and kept while it is among the
 * 300 most recently asked for.
 */
export function getArticle(slug: string, script: Script): Article | undefined {
  const key = `${script}/${slug}`;
  let article = built.get(key);
  if (article) {
    built.delete(key);
  } else {
    const source = getArticleSource(slug);
    if (!source) return undefined;
    article = buildArticle(source, script);
    if (built.size >= BUILT_MAX) built.delete(built.keys().next().value as string);
  }
  built.set(key, article);
  return article;
}
