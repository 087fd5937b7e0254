import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, exists } from '@/lib/archive/manifest';
import { buildArticle } from '@/lib/content/articles';
import { getOutlines } from '@/lib/content/outline';

const dir = path.resolve(__dirname, '../../fixtures/articles');
const outlines = getOutlines(dir);
// Routes as Next's prerender manifest lists them: pages under the scripts, Next's own, files.
const BUILT = [
  '/_global-error',
  '/_not-found',
  '/icon.svg',
  '/robots.txt',
  '/sitemap.xml',
  '/sitemaps/0.xml',
  '/styles/0123456789abcdef.css',
  '/zh-hans',
  '/zh-hant/feed.xml',
  '/zh-hant-hk/page/2',
];
const manifest = buildManifest(outlines, BUILT);

describe('the manifest of what exists', () => {
  it('holds exactly the ids the pages use: every section and every utterance of the interviewee', () => {
    for (const outline of outlines) {
      const article = buildArticle(outline.source, 'zh-hant', {
        publicDir: path.resolve(__dirname, '../../fixtures/public'),
      });
      const entry = manifest.articles[outline.source.slug]!;
      expect(entry.s).toEqual(article.sections.map((s) => s.id));
      expect(entry.q).toEqual(article.quotes.map((q) => q.id));
    }
  });

  it('lets through what exists or what the build makes in full, and nothing else', () => {
    const [slug, entry] = Object.entries(manifest.articles).find(([, e]) => e.q.length > 0)!;
    const section = encodeURIComponent(entry.s[0]!);
    const quote = entry.q[0]!;
    for (const rest of [
      '',
      'search',
      'feed.xml',
      slug,
      `${slug}/card.png`,
      `${slug}/s/${section}`,
      `${slug}/s/${section}/card.png`,
      `${slug}/q/${quote}`,
      `${slug}/q/${quote}/card.png`,
      `people/${encodeURIComponent('何建平')}`,
    ]) {
      expect(exists(manifest, rest), rest).toBe(true);
    }
    for (const rest of [
      'no-such-article',
      // Fifteen articles fill one page: the index is all there is.
      'page/2',
      'page/1',
      'toString',
      '__proto__',
      `${slug}/other`,
      `${slug}/s/no-such-section`,
      `${slug}/q/${quote}/other.png`,
      `${slug}/q/${quote}/card.png/x`,
      `${slug}/s/%E0%A4%A`,
      'people/nobody',
      `people/${encodeURIComponent('何建平')}/x`,
      // Kept search results are reached through `search?q=` only (next.config.ts rewrites).
      `search/${encodeURIComponent('何建平')}`,
    ]) {
      expect(exists(manifest, rest), rest).toBe(false);
    }
  });

  it('lets through the index’s later pages up to the last, written as the links write them', () => {
    const slugs = Array.from({ length: 61 }, (_, i) => `a${i}`);
    const big = {
      ...manifest,
      articles: Object.fromEntries(slugs.map((s) => [s, { s: [], q: [], p: {} }])),
    };
    for (const rest of ['page/2', 'page/3']) expect(exists(big, rest), rest).toBe(true);
    for (const rest of ['page/4', 'page/1', 'page/02', 'page/2/x', 'page', 'page/', 'page/two']) {
      expect(exists(big, rest), rest).toBe(false);
    }
  });

  it('lists the files the build made outside the scripts, and only those', () => {
    expect(manifest.files).toEqual([
      '/icon.svg',
      '/robots.txt',
      '/sitemap.xml',
      '/sitemaps/0.xml',
      '/styles/0123456789abcdef.css',
    ]);
  });
});
