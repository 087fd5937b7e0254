import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  sitemapFile,
  sitemapFileCount,
  sitemapIndexXml,
  urlsetXml,
  type Listed,
  type SitemapEntry,
  type SitemapSource,
} from '@/lib/archive/sitemap';
import { SCRIPTS } from '@/lib/text/scripts';

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

  it('lists the index’s pages, the articles, then the people, each in every script', () => {
    const source = archive(61, 2);
    const first = sitemapFile(source, 0, 10_000)!;
    const rests = first.filter((_, i) => i % SCRIPTS.length === 0).map((e) => e.loc);
    expect(rests.map((loc) => loc.replace(/^.*\/zh-hans/, ''))).toEqual([
      '',
      '/page/2',
      '/page/3',
      ...Array.from({ length: 61 }, (_, i) => `/a-${i}`),
      '/people/p-0',
      '/people/p-1',
    ]);
    expect(first[0]?.lastmod).toBe('2024-01-01');
    expect(first[SCRIPTS.length]?.lastmod).toBeUndefined();
    expect(first.slice(0, SCRIPTS.length).map((e) => new URL(e.loc).pathname)).toEqual(
      SCRIPTS.map((script) => `/${script}`),
    );
  });

  it('splits past the limit into files an index lists, each read on its own', () => {
    for (const [articles, people, limit] of [
      [61, 2, 7],
      [61, 2, 3],
      [5, 5, 4],
      [0, 0, 5],
    ] as const) {
      const source = archive(articles, people);
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
});

/** An archive of `articles` articles and `people` people, as the sitemap reads one. */
function archive(articles: number, people: number): SitemapSource {
  const range = (from: number, to: number, of: (i: number) => Listed) =>
    Array.from({ length: to - from }, (_, i) => of(from + i));
  return {
    articles,
    people,
    articlesAt: (from, to) =>
      range(from, Math.min(to, articles), (i) => ({ rest: `a-${i}`, lastmod: '2024-01-01' })),
    peopleAt: (from, to) =>
      range(from, Math.min(to, people), (i) => ({ rest: `people/p-${i}`, lastmod: '2024-01-02' })),
  };
}
