import 'server-only';
import { parseSource } from './parse';
import { openingBlock, summarize } from './articles';
import { anchorsOf, quotesOf, textOf } from './tree';
import { sentenceCounts } from './passages';
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
  /** How many sentences each paragraph has, by id: what passages may be shared. */
  sentences: Record<string, number>;
};

/** The outline of one article: parsed once, never converted. */
export function outlineOf(source: ArticleSource): Outline {
  const { meta } = source;
  const parsed = parseSource(source);
  const opening = openingBlock(parsed);
  const anchors = anchorsOf(parsed);
  return {
    source,
    summary: meta.description ?? summarize(opening ? textOf(opening.node) : ''),
    paragraphs: anchors.map((a) => {
      const text = textOf(a.node);
      return { id: a.id, text: a.kind === 'heading' ? text.trim() : text };
    }),
    sections: anchors.flatMap((a) => (a.kind === 'heading' ? [a.id] : [])),
    quotes: quotesOf(parsed)
      .filter((q) => q.speaker === meta.interviewee.name)
      .map((q) => q.id),
    sentences: sentenceCounts(parsed),
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
