import 'server-only';
import { isProse, paragraphText } from './blocks';
import { parseArticle } from './parse';
import { readableText, summarize } from './articles';
import { getArticleSources, type ArticleSource } from './sources';
import { perProcess } from '../memo/per-process';

/** One paragraph's text, in the canonical (simplified) script, under its id. */
export type OutlineParagraph = { id: string; text: string };

/**
 * What the archive needs of an article without building its page: the source, the summary the
 * page describes it with, and every paragraph's plain text by id, all in simplified script.
 */
export type Outline = {
  source: ArticleSource;
  summary: string;
  /** Section headings and paragraphs in reading order; a heading's id is its section's. */
  paragraphs: OutlineParagraph[];
  /** The ids of the sections, and of the interviewee's utterances: what share pages exist for. */
  sections: string[];
  quotes: string[];
};

/** The outline of one article: parsed once, never converted. */
export function outlineOf(source: ArticleSource): Outline {
  const { meta } = source;
  const parsed = parseArticle(source.body, {
    people: [meta.interviewee.name, meta.reporter.name, ...(meta.people ?? []).map((p) => p.name)],
    reporter: meta.reporter.name,
    publication: meta.publication,
  });
  const all = [...parsed.lede, ...parsed.sections.flatMap((s) => s.paragraphs)];
  const opening = all.find((p) => isProse(p) && paragraphText(p).trim() !== '') ?? all[0];
  const paragraphs = [
    ...parsed.lede.map((p) => ({ id: p.id, text: readableText(p) })),
    ...parsed.sections.flatMap((s) => [
      { id: s.id, text: s.heading },
      ...s.paragraphs.map((p) => ({ id: p.id, text: readableText(p) })),
    ]),
  ];
  return {
    source,
    summary: meta.description ?? summarize(opening ? paragraphText(opening) : ''),
    paragraphs,
    sections: parsed.sections.map((s) => s.id),
    quotes: parsed.quotes.filter((q) => q.speaker === meta.interviewee.name).map((q) => q.id),
  };
}

const cache = perProcess('content/outlines', () => new Map<string, Outline[]>());

/** Every article's outline, in slug order, made once per process. */
export function getOutlines(dir?: string): Outline[] {
  const key = dir ?? '';
  let outlines = cache.get(key);
  if (!outlines) {
    outlines = getArticleSources(dir).map(outlineOf);
    cache.set(key, outlines);
  }
  return outlines;
}
