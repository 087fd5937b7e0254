import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { createArchiveDb } from '@/lib/archive/archive-db';
import { writeArchive } from '@/lib/archive/archive-write';
import {
  archiveSitemap,
  sitemapFile,
  sitemapFileCount,
  sitemapIndexXml,
  urlsetXml,
  type Listed,
  type SitemapEntry,
  type SitemapSource,
} from '@/lib/archive/sitemap';
import type { Db } from '@/lib/archive/sqlite';
import { outlineOf } from '@/lib/content/outline';
import { parseArticleFile } from '@/lib/content/sources';
import { SCRIPTS } from '@/lib/text/scripts';

/** The archive's database the sitemap reads, made by each test that reads one. */
const archive = vi.hoisted(() => ({ db: undefined as Db | undefined }));
vi.mock('@/lib/archive/archive-store', () => ({ archiveDb: () => archive.db }));

const xml = (text: string) => new JSDOM(text, { contentType: 'application/xml' }).window.document;

describe('the sitemap', () => {
  const entry = (n: number): SitemapEntry => ({
    loc: `https://example.org/zh-hans/a-${n}?x=1&y=<2>`,
    lastmod: '2024-03-30',
    alternates: { 'zh-Hant': `https://example.org/zh-hant/a-${n}` },
  });

  it('writes well-formed XML, escaping what URLs may hold', () => {
    const doc = xml(urlsetXml([entry(1)]));
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('loc')?.textContent).toBe('https://example.org/zh-hans/a-1?x=1&y=<2>');
    expect(doc.querySelector('lastmod')?.textContent).toBe('2024-03-30');
    const link = doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')[0];
    expect(link?.getAttribute('hreflang')).toBe('zh-Hant');
  });

  it('lists the index’s pages, the articles, the people, then their later pages, each in every script', () => {
    const source = archiveOf(61, 2, 3);
    const first = sitemapFile(source, 0, 10_000)!;
    const rests = first.filter((_, i) => i % SCRIPTS.length === 0).map((e) => e.loc);
    expect(rests.map((loc) => loc.replace(/^.*\/zh-hans/, ''))).toEqual([
      '',
      '/page/2',
      '/page/3',
      ...Array.from({ length: 61 }, (_, i) => `/a-${i}`),
      '/people/p-0',
      '/people/p-1',
      '/people/p-0/page/2',
      '/people/p-0/page/3',
      '/people/p-1/page/2',
    ]);
    expect(first[0]?.lastmod).toBe('2024-01-01');
    expect(first[SCRIPTS.length]?.lastmod).toBeUndefined();
    expect(first.slice(0, SCRIPTS.length).map((e) => new URL(e.loc).pathname)).toEqual(
      SCRIPTS.map((script) => `/${script}`),
    );
  });

  it('splits past the limit into files an index lists, each read on its own', () => {
    for (const [articles, people, later, limit] of [
      [61, 2, 3, 7],
      [61, 2, 0, 3],
      [5, 5, 3, 4],
      [0, 0, 0, 5],
    ] as const) {
      const source = archiveOf(articles, people, later);
      const whole = sitemapFile(source, 0, 1_000_000)!;
      const count = sitemapFileCount(source, limit);
      expect(count).toBe(Math.max(1, Math.ceil(whole.length / limit)));
      const files = Array.from({ length: count }, (_, n) => sitemapFile(source, n, limit)!);
      expect(files.slice(0, -1).every((f) => f.length === limit)).toBe(true);
      expect(files.flat()).toEqual(whole);
      expect(sitemapFile(source, count, limit)).toBeUndefined();
      expect(sitemapFile(source, -1, limit)).toBeUndefined();
    }
    const index = xml(sitemapIndexXml(3));
    expect([...index.querySelectorAll('sitemap > loc')].map((l) => l.textContent)).toEqual([
      expect.stringMatching(/\/sitemaps\/0\.xml$/),
      expect.stringMatching(/\/sitemaps\/1\.xml$/),
      expect.stringMatching(/\/sitemaps\/2\.xml$/),
    ]);
  });

  it('reads people’s later pages from the archive: everyone with more interviews than a page lists', () => {
    // Newest first: 李明 once, 王建国 31 times, 何建平 65 times, 赵海燕 30 times (one full page).
    const names = ['李明', ...Array(31).fill('王建国'), ...Array(65).fill('何建平')];
    names.push(...Array(30).fill('赵海燕'));
    const outlines = names.map((name, i) => {
      const slug = `interview-${i}`;
      const date = new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString().slice(0, 10);
      const text = `---\ntitle: 访谈${i}\npublication: 某周刊\nissue: 2026年第1期\ndate: ${date}\nreporter:\n  name: 石青川\ninterviewee:\n  name: ${name}\n  role: 院长\n---\n\n第${i}篇访谈的正文。\n`;
      return outlineOf({ slug, ...parseArticleFile(`${slug}.md`, text) });
    });
    archive.db = createArchiveDb(':memory:');
    writeArchive(archive.db, outlines);
    const source = archiveSitemap();
    expect(source.personLaterPages).toBe(3);
    const paths = sitemapFile(source, 0)!
      .map((e) => new URL(e.loc).pathname)
      .filter((p) => p.startsWith('/zh-hans/'));
    const later = (name: string, n: number) =>
      `/zh-hans/people/${encodeURIComponent(name)}/page/${n}`;
    expect(paths.slice(-7)).toEqual([
      `/zh-hans/people/${encodeURIComponent('李明')}`,
      `/zh-hans/people/${encodeURIComponent('王建国')}`,
      `/zh-hans/people/${encodeURIComponent('何建平')}`,
      `/zh-hans/people/${encodeURIComponent('赵海燕')}`,
      later('王建国', 2),
      later('何建平', 2),
      later('何建平', 3),
    ]);
    expect(source.personLaterPagesAt(0, 100)).toHaveLength(3);
    // Read a range at a time, as a split sitemap reads them.
    expect(source.personLaterPagesAt(1, 3).map((p) => p.rest)).toEqual([
      later('何建平', 2).slice('/zh-hans/'.length),
      later('何建平', 3).slice('/zh-hans/'.length),
    ]);
  });
});

/**
 * An archive of `articles` articles and `people` people, as the sitemap reads one, with
 * `later` later pages of people's pages: p-0's pages 2 and 3, then p-1's, and so on.
 */
function archiveOf(articles: number, people: number, later: number): SitemapSource {
  const range = (from: number, to: number, of: (i: number) => Listed) =>
    Array.from({ length: to - from }, (_, i) => of(from + i));
  return {
    articles,
    people,
    articlesAt: (from, to) =>
      range(from, Math.min(to, articles), (i) => ({ rest: `a-${i}`, lastmod: '2024-01-01' })),
    personLaterPages: later,
    peopleAt: (from, to) =>
      range(from, Math.min(to, people), (i) => ({ rest: `people/p-${i}`, lastmod: '2024-01-02' })),
    personLaterPagesAt: (from, to) =>
      range(from, Math.min(to, later), (i) => ({
        rest: `people/p-${Math.floor(i / 2)}/page/${(i % 2) + 2}`,
      })),
  };
}
