import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sitemapFiles, sitemapIndexXml, urlsetXml, type SitemapEntry } from '@/lib/archive/sitemap';

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

  it('splits past the limit into files an index lists', () => {
    const entries = Array.from({ length: 7 }, (_, n) => entry(n));
    expect(sitemapFiles(entries, 3).map((f) => f.length)).toEqual([3, 3, 1]);
    expect(sitemapFiles(entries, 7)).toHaveLength(1);
    const index = xml(sitemapIndexXml(3));
    expect([...index.querySelectorAll('sitemap > loc')].map((l) => l.textContent)).toEqual([
      expect.stringMatching(/\/sitemaps\/0\.xml$/),
      expect.stringMatching(/\/sitemaps\/1\.xml$/),
      expect.stringMatching(/\/sitemaps\/2\.xml$/),
    ]);
  });
});
