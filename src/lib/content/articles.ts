import 'server-only';
import { slug as slugOf } from 'github-slugger';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { parseSource } from './parse';
import { remarkImageSizes } from './remark-image-sizes';
import { remarkScript } from './remark-script';
import { anchorsOf, isProse, quotesOf, sectionsOf, textOf, type Anchor } from './tree';
import { personId } from './ids';
import { PUBLIC_DIR } from './images';
import {
  ContentError,
  getArticleSource,
  type ArticleSource,
  peopleOf,
} from './sources';
import { CLOSING_MARKS, OPENING_MARKS } from '../text/quote-marks';
import { SCRIPTS, type Script } from '../text/scripts';
import { converterFor, personTerms } from '../text/convert';
import { recentlyUsed } from '../memo/recent';

/** A person as the page shows them, in the page's script. */
export type PersonView = { name: string };


/**
 * One utterance as the page shows it: its parts' text (marks included), in the page's script.
 * A whole answer of a Q&A transcript also has its opening sentence, which the quotes panel shows.
 */
export type QuoteView = { id: string; speaker: string; parts: string[]; opening?: string };

/** A section as the page shows it, with the other ids a reader's link may use for it. */
export type SectionView = {
  id: string;
  heading: string;
  /** The text of its first block, if any. */
  opening: string;
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
  /**
   * The article's body as a tree in the page's script: the Markdown tree with the site's
   * marks (ids, figures with their sizes, dialogue, utterances; see parse.ts).
   */
  body: Root;
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

/** The first block of prose with text in it (else the first block): what describes an article. */
export function openingBlock(tree: Root): Anchor | undefined {
  const blocks = anchorsOf(tree).filter((a) => a.kind === 'block');
  return blocks.find((b) => isProse(b) && textOf(b.node).trim() !== '') ?? blocks[0];
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
const built = recentlyUsed<Article>('content/articles', 300);

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
  const where = `content/${source.file}`;
  const canonical = parseSource(source);
  const opening = openingBlock(canonical);
  if (!opening) throw new ContentError(`${where}: the article has no paragraphs`);
  const summary = summarize(textOf(opening.node));
  const { sections } = sectionsOf(canonical);
  // Section aliases come from the heading in every script, so that a hash written from any of
  // them lands; the page's own converter converts the page.
  const terms = personTerms(peopleOf(source));
  const converters = SCRIPTS.map((s) => converterFor(s, terms));
  const convert = converters[SCRIPTS.indexOf(script)] as (text: string) => string;
  const taken = new Set(anchorsOf(canonical).map((a) => a.id));
  const canonicalQuotes = quotesOf(canonical);
  canonicalQuotes.forEach((q) => taken.add(q.id));
  const aliases = sections.map((s) => {
    const forms = converters.map((c) => c(s.heading)).flatMap((h) => [h, slugOf(h)]);
    const own = [...new Set(forms)].filter((a) => a !== '' && !/\s/.test(a) && !taken.has(a));
    own.forEach((a) => taken.add(a));
    return own;
  });
  // The canonical tree becomes the page's: the plugins convert it in place.
  const body = unified()
    .use(remarkImageSizes, { where, publicDir })
    .use(remarkScript, convert)
    .runSync(canonical);
  const shown = sectionsOf(body).sections;
  const quotes = quotesOf(body)
    .filter((q) => q.speaker === meta.interviewee.name)
    .map(
      (q): QuoteView => ({
        id: q.id,
        speaker: convert(q.speaker),
        parts: q.parts,
        ...(q.answer ? { opening: openingSentence(q.parts[0] ?? '') } : {}),
      }),
    );
  return {
    slug: source.slug,
    script,
    title: convert(meta.title),
    description: convert(meta.description ?? summary),
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
    body,
    sections: shown.map((s, i) => ({
      id: s.id,
      heading: s.heading,
      opening: s.blocks[0] ? textOf(s.blocks[0].node) : '',
      aliases: aliases[i] ?? [],
    })),
    quotes,
    length: anchorsOf(body)
      .filter((a) => a.kind === 'block')
      .reduce((n, a) => n + [...textOf(a.node)].length, 0),
  };
}

/**
 * The article with this slug in `script`, or undefined for an unknown slug. Built once per
 * process and script (at build time, for prerendered pages), and kept while it is among the
 * 300 most recently asked for.
 */
export function getArticle(slug: string, script: Script): Article | undefined {
  return built(`${script}/${slug}`, () => {
    const source = getArticleSource(slug);
    return source && buildArticle(source, script);
  });
}
