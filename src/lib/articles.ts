import 'server-only';
import { parseArticle, paragraphText, type Paragraph, type Section } from './article';
import { ContentError, getArticleSource, getArticleSources, type ArticleSource } from './content';
import type { Script } from './locale';
import { converterFor, type Term } from './script';

/** A person as the page shows them, in the page's script. */
export type PersonView = { name: string };

/** Everything an article page shows, in one script, as plain data for components. */
export type Article = {
  slug: string;
  script: Script;
  title: string;
  description: string;
  publication: string;
  issue: string;
  reporter: PersonView;
  interviewee: PersonView & { role: string };
  credit?: string;
  lede: Paragraph[];
  sections: Section[];
  /** Characters of body text, for the reading time. */
  length: number;
};

/** Characters a Chinese reader reads in a minute, for the reading time. */
export const CHARACTERS_PER_MINUTE = 500;

/** Minutes to read `length` characters, rounded up, at least 1. */
export function readingMinutes(length: number): number {
  return Math.max(1, Math.ceil(length / CHARACTERS_PER_MINUTE));
}

/** The people an article names, protected from conversion with the forms its front matter gives. */
function peopleTerms(source: ArticleSource, script: Script): Term[] {
  const plain = converterFor(script);
  return [source.meta.interviewee, source.meta.reporter].map(
    (p) => [p.name, p.hant ?? plain(p.name)] as const,
  );
}

/**
 * Converts a paragraph as one text, so that phrases across runs keep their context, then cuts
 * it back into its runs. OpenCC's cn → tw maps character for character; should a conversion
 * ever change the length, each run is converted on its own instead.
 */
function convertParagraph(paragraph: Paragraph, convert: (t: string) => string): Paragraph {
  const whole = convert(paragraphText(paragraph));
  if (whole.length !== paragraphText(paragraph).length) {
    return { ...paragraph, runs: paragraph.runs.map((r) => ({ ...r, text: convert(r.text) })) };
  }
  let at = 0;
  const runs = paragraph.runs.map((run) => {
    const text = whole.slice(at, at + run.text.length);
    at += run.text.length;
    return { ...run, text };
  });
  return { ...paragraph, runs };
}

const built = new Map<string, Article>();

/** Builds the page data for one article source in one script. Throws a ContentError for an empty body. */
function build(source: ArticleSource, script: Script): Article {
  const parsed = parseArticle(source.body);
  const all = [...parsed.lede, ...parsed.sections.flatMap((s) => s.paragraphs)];
  if (all.length === 0)
    throw new ContentError(`content/${source.file}: the article has no paragraphs`);
  const convert = converterFor(script, peopleTerms(source, script));
  const paragraph = (p: Paragraph) => convertParagraph(p, convert);
  const { meta } = source;
  const firstParagraph = paragraphText(all[0] as Paragraph);
  return {
    slug: source.slug,
    script,
    title: convert(meta.title),
    description: convert(meta.description ?? firstParagraph),
    publication: convert(meta.publication),
    issue: convert(meta.issue),
    reporter: { name: convert(meta.reporter.name) },
    interviewee: { name: convert(meta.interviewee.name), role: convert(meta.interviewee.role) },
    ...(meta.credit ? { credit: convert(meta.credit) } : {}),
    lede: parsed.lede.map(paragraph),
    sections: parsed.sections.map((s) => ({
      ...s,
      heading: convert(s.heading),
      paragraphs: s.paragraphs.map(paragraph),
    })),
    length: all.reduce((n, p) => n + [...paragraphText(p)].length, 0),
  };
}

/**
 * The article with this slug in `script`, or undefined for an unknown slug. Built once per
 * process and script (at build time, for prerendered pages).
 */
export function getArticle(slug: string, script: Script): Article | undefined {
  const key = `${script}/${slug}`;
  let article = built.get(key);
  if (!article) {
    const source = getArticleSource(slug);
    if (!source) return undefined;
    article = build(source, script);
    built.set(key, article);
  }
  return article;
}

/** Every article in `script`, in slug order. */
export function getArticles(script: Script): Article[] {
  return getArticleSources().map((s) => getArticle(s.slug, script) as Article);
}
