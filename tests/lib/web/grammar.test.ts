import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_SLUGS } from '@/lib/content/slugs';
import {
  existsIn,
  matchPath,
  PAGE_KINDS,
  pathTo,
  RESERVED_WORDS,
  type Existing,
  type PageKindName,
} from '@/lib/web/grammar';

const ROUTES = path.resolve(__dirname, '../../../src/app/[script]');

/** The pattern each route file under src/app/[script] answers (`people/[person]` → `people/:person`). */
function routePatterns(dir = ROUTES, at: string[] = []): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routePatterns(path.join(dir, entry.name), [...at, entry.name]);
    if (!/^route\.tsx?$/.test(entry.name)) return [];
    return [at.map((s) => s.replace(/^\[(.+)\]$/, ':$1')).join('/')];
  });
}

const kinds = Object.entries(PAGE_KINDS) as [PageKindName, { pattern: string }][];

/** Sample parameters for a kind's pattern: a Chinese id where ids may be Chinese. */
const SAMPLE: Record<string, string> = {
  n: '2',
  query: '算力',
  person: '刘庆峰',
  slug: 'liu-qingfeng-general-ai',
  section: '人工智能发展',
  quote: 'p7-q1',
  block: 'p7',
  range: '2-3',
};

const existing: Existing = {
  isLaterPage: (n) => n === '2',
  hasPerson: (id) => id === '刘庆峰',
  isPersonLaterPage: (id, n) => id === '刘庆峰' && n === '2',
  sectionsOf: (slug) => (slug === 'liu-qingfeng-general-ai' ? ['人工智能发展'] : undefined),
  quotesOf: (slug) => (slug === 'liu-qingfeng-general-ai' ? ['p7-q1'] : undefined),
  sentencesIn: (slug, block) =>
    slug === 'liu-qingfeng-general-ai'
      ? ({ p7: 4, p8: 1 } as Record<string, number>)[block]
      : undefined,
};

describe('the URL grammar', () => {
  it('has a kind for every route file under a script, and a route file for every kind', () => {
    expect(routePatterns().sort()).toEqual(kinds.map(([, kind]) => kind.pattern).sort());
  });

  it('reserves exactly the words content may not take as a slug', () => {
    expect([...RESERVED_WORDS].sort()).toEqual([...RESERVED_SLUGS].sort());
  });

  it.each(kinds)('reads back every path it writes: %s', (name, kind) => {
    const params = Object.fromEntries(
      [...kind.pattern.matchAll(/:(\w+)/g)].map(([, key]) => [key, SAMPLE[key as string] ?? '']),
    );
    const written = pathTo('zh-hant', name, params);
    expect(written.startsWith('/zh-hant')).toBe(true);
    expect(matchPath(written.slice('/zh-hant/'.length))).toEqual({ name, params });
  });

  it('lets through what exists and nothing else', () => {
    const yes = ['', 'page/2', 'feed.xml', 'search', 'people/%E5%88%98%E5%BA%86%E5%B3%B0'];
    const article = 'liu-qingfeng-general-ai';
    yes.push(article, `${article}/card.png`, `${article}/q/p7-q1`, `${article}/q/p7-q1/card.png`);
    yes.push(`${article}/s/${encodeURIComponent('人工智能发展')}/card.png`);
    yes.push('people/%E5%88%98%E5%BA%86%E5%B3%B0/page/2');
    for (const rest of yes) expect(existsIn(existing, rest), rest).toBe(true);
    const no = ['page/3', 'page', 'people', 'people/', 'search/x', 'nope', `${article}/s/nope`];
    no.push(
      `${article}/q/p7-q2`,
      `${article}/card.jpg`,
      `${article}/x/p7-q1`,
      '%ZZ',
      `${article}/`,
      'people/%E5%88%98%E5%BA%86%E5%B3%B0/page/3',
      'people/%E5%88%98%E5%BA%86%E5%B3%B0/page',
      'people/nobody/page/2',
    );
    for (const rest of no) expect(existsIn(existing, rest), rest).toBe(false);
  });

  it('lets through a passage of sentences that exist, written one way, and no other', () => {
    const article = 'liu-qingfeng-general-ai/p';
    for (const range of ['1', '4', '1-3', '2-4', '3-4', '1-2']) {
      for (const rest of [`${article}/p7/${range}`, `${article}/p7/${range}/card.png`]) {
        expect(existsIn(existing, rest), rest).toBe(true);
      }
    }
    expect(existsIn(existing, `${article}/p8/1`)).toBe(true);
    const hostile = [
      'p7/5', // past the paragraph's last sentence
      'p7/4-5',
      'p8/2',
      'p7/0', // sentences count from 1
      'p7/3-2', // reversed
      'p7/3-3', // one sentence has one spelling: `3`
      'p7/1-4', // more than three sentences
      'p7/01', // no leading zeros
      'p7/',
      'p7/-1',
      'p7/1-',
      'p7/1-2-3',
      'p7/a',
      'p7/1.5',
      'p7/１', // nor a full-width one
      'p7/99999999999999999999',
      'p9/1', // no such paragraph
      'p7-q1/1',
      'constructor/1',
      '__proto__/1',
      'p7',
    ];
    for (const rest of hostile) expect(existsIn(existing, `${article}/${rest}`), rest).toBe(false);
    expect(existsIn(existing, 'nope/p/p7/1')).toBe(false);
  });
});
