import 'server-only';
import { SCRIPTS } from '../text/scripts';
import { restTo } from '../web/grammar';
import { absolute, alternatesFor, personRest } from '../web/urls';
import {
  articleDaysAt,
  entryCount,
  peopleCount,
  peopleDaysAt,
  personLaterPageCount,
  personLaterPagesAt,
} from './entries';
import { pageCount } from './pages';

/** Most URLs one sitemap file may list (sitemaps.org); past it, files and an index. */
export const SITEMAP_LIMIT = 50_000;

/** One page in the sitemap: its URL, its day of last change, its other scripts. */
export type SitemapEntry = { loc: string; lastmod?: string; alternates: Record<string, string> };

/** A page the sitemap lists, before it is written in every script: its path after the script. */
export type Listed = { rest?: string; lastmod?: string };

/**
 * What the sitemap lists, read a range at a time: how many articles, people and later pages of
 * people's pages there are, and the articles (by rank, newest first) and people (by their
 * newest interview) from `from` to `to` (not included), each with the day it last changed, and
 * the later pages (in their people's order, then by page).
 */
export type SitemapSource = {
  articles: number;
  people: number;
  personLaterPages: number;
  articlesAt(from: number, to: number): Listed[];
  peopleAt(from: number, to: number): Listed[];
  personLaterPagesAt(from: number, to: number): Listed[];
};

/** The archive's database as the sitemap reads it. */
export function archiveSitemap(): SitemapSource {
  return {
    articles: entryCount(),
    people: peopleCount(),
    personLaterPages: personLaterPageCount(),
    articlesAt: (from, to) =>
      articleDaysAt(from, to).map(({ slug, lastmod }) => ({ rest: slug, lastmod })),
    peopleAt: (from, to) =>
      peopleDaysAt(from, to).map(({ id, lastmod }) => ({ rest: personRest(id), lastmod })),
    personLaterPagesAt: (from, to) =>
      personLaterPagesAt(from, to).map(({ id, page }) => ({ rest: personRest(id, page) })),
  };
}

/**
 * Every page readers land on, in this order: the index and its later pages, each article (its
 * day of last change as lastmod), each person's page, then the later pages of people's pages;
 * each in every script, with its alternates as its head lists them. Share pages are left out:
 * they name the article as canonical. Counted without reading them.
 */
export function sitemapSize(source: SitemapSource): number {
  return listedCount(source) * SCRIPTS.length;
}

/** How many files the sitemap takes: one, unless it lists more than `limit` URLs. */
export function sitemapFileCount(source: SitemapSource, limit: number = SITEMAP_LIMIT): number {
  return Math.max(1, Math.ceil(sitemapSize(source) / limit));
}

/**
 * The URLs of sitemap file `n` (0-based; file 0 is the whole sitemap when there is one file),
 * or undefined for no such file: read from the archive a range at a time, so that no file
 * costs more memory than its own URLs, whatever the archive's size.
 */
export function sitemapFile(
  source: SitemapSource,
  n: number,
  limit: number = SITEMAP_LIMIT,
): SitemapEntry[] | undefined {
  if (!Number.isInteger(n) || n < 0 || n >= sitemapFileCount(source, limit)) return undefined;
  const from = n * limit;
  const to = Math.min(sitemapSize(source), from + limit);
  const scripts = SCRIPTS.length;
  const first = Math.floor(from / scripts);
  const pages = listedAt(source, first, Math.ceil(to / scripts));
  const entries = pages.flatMap(({ rest, lastmod }) =>
    SCRIPTS.map((script) => {
      const { canonical, languages } = alternatesFor(script, rest);
      return { loc: canonical, ...(lastmod ? { lastmod } : {}), alternates: languages };
    }),
  );
  return entries.slice(from - first * scripts, to - first * scripts);
}

function listedCount(source: SitemapSource): number {
  return pageCount(source.articles) + source.articles + source.people + source.personLaterPages;
}

/**
 * The listed pages `from` to `to`: the index's pages, then the articles, then the people, then
 * people's later pages.
 */
function listedAt(source: SitemapSource, from: number, to: number): Listed[] {
  const pages = pageCount(source.articles);
  const part = (start: number, length: number, read: (a: number, b: number) => Listed[]) => {
    const a = Math.max(from, start);
    const b = Math.min(to, start + length);
    return a < b ? read(a - start, b - start) : [];
  };
  return [
    ...part(0, pages, (a, b) =>
      Array.from({ length: b - a }, (_, i) => {
        if (a + i > 0) return { rest: restTo('laterPage', { n: String(a + i + 1) }) };
        const newest = source.articlesAt(0, 1)[0]?.lastmod;
        return newest ? { lastmod: newest } : {};
      }),
    ),
    ...part(pages, source.articles, source.articlesAt),
    ...part(pages + source.articles, source.people, source.peopleAt),
    ...part(
      pages + source.articles + source.people,
      source.personLaterPages,
      source.personLaterPagesAt,
    ),
  ];
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A `<urlset>` of entries, with `xhtml:link` alternates. */
export function urlsetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const links = Object.entries(e.alternates).map(
      ([lang, href]) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`,
    );
    const lastmod = e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : '';
    return `<url><loc>${escapeXml(e.loc)}</loc>${links.join('')}${lastmod}</url>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls.join('\n')}\n</urlset>\n`
  );
}

/** The path of sitemap file `n` (0-based) when the sitemap is split. */
export const sitemapFilePath = (n: number) => `/sitemaps/${n}.xml`;

/** A `<sitemapindex>` of the split files. */
export function sitemapIndexXml(files: number): string {
  const maps = Array.from(
    { length: files },
    (_, n) => `<sitemap><loc>${escapeXml(absolute(sitemapFilePath(n)))}</loc></sitemap>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    `${maps.join('\n')}\n</sitemapindex>\n`
  );
}
