import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArchiveDb } from '@/lib/archive/archive-db';
import { createManifest, manifestIn, recordFiles } from '@/lib/archive/manifest';
import { buildArticle } from '@/lib/content/articles';
import { getOutlines, type Outline } from '@/lib/content/outline';
import { existsIn } from '@/lib/web/grammar';

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

/** The manifest of these articles, written as the build writes it, in a database in memory. */
function manifestOf(articles: readonly Outline[], built: readonly string[] = BUILT) {
  const db = createArchiveDb(':memory:');
  const writer = createManifest(db);
  for (const outline of articles) writer.add(outline);
  const files = recordFiles(db, built);
  return Object.assign(manifestIn(db), { files });
}
const manifest = manifestOf(outlines);
const exists = existsIn;

describe('the manifest of what exists', () => {
  it('holds exactly the ids the pages use: every section and every utterance of the interviewee', () => {
    for (const outline of outlines) {
      const article = buildArticle(outline.source, 'zh-hant', {
        publicDir: path.resolve(__dirname, '../../fixtures/public'),
      });
      expect(manifest.sectionsOf(outline.source.slug)).toEqual(article.sections.map((s) => s.id));
      expect(manifest.quotesOf(outline.source.slug)).toEqual(article.quotes.map((q) => q.id));
    }
  });

  it('lets through what exists or what the build makes in full, and nothing else', () => {
    const { slug } = outlines.find((o) => o.quotes.length > 0)!.source;
    const section = encodeURIComponent(manifest.sectionsOf(slug)![0]!);
    const quote = manifest.quotesOf(slug)![0]!;
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
      // Kept search results are reached through `search?q=` only (the proxy rewrites).
      `search/${encodeURIComponent('何建平')}`,
    ]) {
      expect(exists(manifest, rest), rest).toBe(false);
    }
  });

  it('lets through the index’s later pages up to the last, written as the links write them', () => {
    // 61 articles: the same outline under 61 slugs.
    const big = manifestOf(
      Array.from({ length: 61 }, (_, i) => ({
        ...outlines[0]!,
        source: { ...outlines[0]!.source, slug: `a${i}` },
      })),
    );
    for (const rest of ['page/2', 'page/3']) expect(exists(big, rest), rest).toBe(true);
    for (const rest of ['page/4', 'page/1', 'page/02', 'page/2/x', 'page', 'page/', 'page/two']) {
      expect(exists(big, rest), rest).toBe(false);
    }
  });

  it('lets through a person’s later pages up to their own last, and no one else’s', () => {
    // 31 interviews with one person fill two pages, 61 three; the fixtures have one each.
    const person = outlines[0]!.source.meta.interviewee.name;
    const other = outlines.find((o) => o.source.meta.interviewee.name !== person)!;
    const interviews = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        ...outlines[0]!,
        source: { ...outlines[0]!.source, slug: `a${i}` },
      }));
    const people = (rest: string) => `people/${encodeURIComponent(person)}${rest}`;
    const two = manifestOf([...interviews(31), other]);
    const three = manifestOf(interviews(61));
    expect(exists(two, people('/page/2'))).toBe(true);
    expect(exists(three, people('/page/3'))).toBe(true);
    for (const rest of ['/page/3', '/page/1', '/page/02', '/page/2/x', '/page', '/page/'])
      expect(exists(two, people(rest)), rest).toBe(false);
    expect(exists(manifestOf(interviews(30)), people('/page/2'))).toBe(false);
    const otherName = encodeURIComponent(other.source.meta.interviewee.name);
    expect(exists(two, `people/${otherName}`)).toBe(true);
    expect(exists(two, `people/${otherName}/page/2`)).toBe(false);
  });

  it('lists the files the build made outside the scripts, and only those', () => {
    for (const file of ['/robots.txt', '/styles/0123456789abcdef.css'])
      expect(manifest.hasFile(file), file).toBe(true);
    for (const file of ['/_not-found', '/zh-hans', '/styles/fedcba9876543210.css', '/robots'])
      expect(manifest.hasFile(file), file).toBe(false);
    expect(manifest.files).toEqual([
      '/icon.svg',
      '/robots.txt',
      '/sitemap.xml',
      '/sitemaps/0.xml',
      '/styles/0123456789abcdef.css',
    ]);
  });
});
