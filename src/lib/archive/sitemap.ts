import 'server-only';
import { SCRIPTS } from '../text/scripts';
import { absolute, alternatesFor, personRest } from '../web/urls';
import { eachEntry } from './entries';
import { pageCount } from './pages';

/** Most URLs one sitemap file may list (sitemaps.org); past it, files and an index. */
export const SITEMAP_LIMIT = 50_000;

/** One page in the sitemap: its URL, its day of last change, its other scripts. */
export type SitemapEntry = { loc: string; lastmod?: string; alternates: Record<string, string> };

/**
 * Every page readers land on, in every script: the index and its later pages, each article
 * (its day of last change as lastmod) and each person's page, each with its alternates as its
 * head lists them. Share pages are left out: they name the article as canonical.
 */
export function sitemapEntries(): SitemapEntry[] {
  const articles: { rest: string; lastmod: string }[] = [];
  // Each person's newest interview, met first (the listing is newest first).
  const people = new Map<string, string>();
  for (const e of eachEntry()) {
    const lastmod = e.updated ?? e.date;
    articles.push({ rest: e.slug, lastmod });
    if (!people.has(e.interviewee.id)) people.set(e.interviewee.id, lastmod);
  }
  const newest = articles[0]?.lastmod;
  const pages: { rest?: string; lastmod?: string }[] = [
    { ...(newest ? { lastmod: newest } : {}) },
    ...Array.from({ length: pageCount(articles.length) - 1 }, (_, i) => ({
      rest: `page/${i + 2}`,
    })),
    ...articles,
    ...[...people].map(([id, lastmod]) => ({ rest: personRest(id), lastmod })),
  ];
  return pages.flatMap(({ rest, lastmod }) =>
    SCRIPTS.map((script) => {
      const { canonical, languages } = alternatesFor(script, rest);
      return { loc: canonical, ...(lastmod ? { lastmod } : {}), alternates: languages };
    }),
  );
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

/** The entries cut into files of at most `limit`. */
export function sitemapFiles<T>(entries: readonly T[], limit: number = SITEMAP_LIMIT): T[][] {
  const files: T[][] = [];
  for (let i = 0; i < entries.length; i += limit) files.push(entries.slice(i, i + limit));
  return files;
}
