import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineOf, getOutlines } from '@/lib/content/outline';
import { parseArticleFile } from '@/lib/content/sources';
import { createArchiveDb } from '@/lib/archive/archive-db';
import { byNewest } from '@/lib/archive/order';
import { resultView } from '@/lib/archive/results';
import {
  bestParagraph,
  keysOf,
  normalize,
  parseQuery,
  searchDocOf,
  tokensOf,
  type ParsedQuery,
} from '@/lib/archive/search';
import { createSearchIndex, searchIndex } from '@/lib/archive/search-db';
import type { Outline } from '@/lib/content/outline';
import type { Db } from '@/lib/archive/sqlite';

/** An article file as an editor writes it. */
function article(slug: string, o: { title: string; date: string; name: string; body: string }) {
  const text = `---\ntitle: ${o.title}\npublication: 某周刊\nissue: 2025年第1期\ndate: ${o.date}\nreporter:\n  name: 李四\ninterviewee:\n  name: ${o.name}\n  role: 院长\n---\n\n${o.body}\n`;
  return outlineOf({ slug, ...parseArticleFile(`${slug}.md`, text) });
}

/** The index of these articles, written as the build writes it, in a database in memory. */
function buildSearchIndex(outlines: readonly Outline[]): Db {
  const db = createArchiveDb(':memory:');
  const index = createSearchIndex(db);
  for (const doc of outlines.map(searchDocOf).sort(byNewest)) index.add(doc);
  index.done();
  return db;
}

/** Every article found, in order. */
const search = (db: Db, q: ParsedQuery) => searchIndex(db, q, 1000).hits;

const query = (q: string) => {
  const parsed = parseQuery(q);
  if (typeof parsed !== 'object') throw new Error(`query ${q}: ${parsed}`);
  return parsed as ParsedQuery;
};

describe('normalising text and queries', () => {
  it('folds traditional (either standard), full-width letters and case, keeping the length', () => {
    for (const [input, expected] of [
      ['劉慶峰談人工智慧', '刘庆峰谈人工智慧'],
      ['說明裏', '说明里'],
      ['ＧＰＴ－４', 'gpt-4'],
      ['ChatGPT', 'chatgpt'],
    ] as const) {
      expect(normalize(input)).toBe(expected);
      expect(normalize(input)).toHaveLength(input.length);
    }
  });

  it('keys a text by its CJK character pairs and Latin words, never single characters', () => {
    expect([...keysOf('刘庆峰说gpt-4')].sort()).toEqual(
      ['4', 'gpt', '刘庆', '峰说', '庆峰'].sort(),
    );
    expect(keysOf('峰').size).toBe(0);
  });
});

describe('reading a query', () => {
  it.each([
    ['', 'empty'],
    ['   \u3000 ', 'empty'],
    ['“”', 'empty'],
    ['峰', 'too-short'],
    ['刘庆峰 峰', 'too-short'],
    ['字'.repeat(65), 'too-long'],
  ])('refuses %j as %s', (q, problem) => {
    expect(parseQuery(q)).toBe(problem);
  });

  it('takes space-separated terms, normalised, without their edge punctuation', () => {
    expect(query('“劉慶峰”  算力，').terms).toEqual(['刘庆峰', '算力']);
  });
});

describe('search', () => {
  const whole = article('whole', {
    title: '谈产业',
    date: '2024-01-01',
    name: '王五',
    body: '导语。\n\n## 第一节\n\n刘庆峰表示，算力很重要。',
  });
  const apart = article('apart', {
    title: '谈山峰',
    date: '2025-01-01',
    name: '赵六',
    body: '刘先生在庆祝会上说，登上山峰不易。刘庆和庆峰是两个人。',
  });
  const titled = article('titled', {
    title: '刘庆峰：谈通用人工智能',
    date: '2023-01-01',
    name: '刘庆峰',
    body: '导语没有提到名字。',
  });
  const index = buildSearchIndex([whole, apart, titled]);

  it('finds a name only where it stands whole', () => {
    const slugs = search(index, query('刘庆峰')).map((h) => h.doc.slug);
    expect(slugs).not.toContain('apart');
    expect(slugs.sort()).toEqual(['titled', 'whole']);
  });

  it('finds the same articles for a query in either traditional standard or simplified', () => {
    const found = (q: string) => search(index, query(q)).map((h) => h.doc.slug);
    expect(found('劉慶峰')).toEqual(found('刘庆峰'));
    expect(found('算力')).toEqual(['whole']);
    expect(found('登上山峯')).toEqual(['apart']);
  });

  it('ranks title and name matches first, then the newest', () => {
    const more = article('newer', {
      title: '另一篇',
      date: '2026-01-01',
      name: '孙七',
      body: '刘庆峰也来了。',
    });
    const hits = search(buildSearchIndex([whole, apart, titled, more]), query('刘庆峰'));
    expect(hits.map((h) => h.doc.slug)).toEqual(['titled', 'newer', 'whole']);
  });

  it('fills a short page with title matches first, and never shows one among the rest', () => {
    const named = (slug: string, date: string, title: string) =>
      article(slug, { title, date, name: '孙七', body: '刘庆峰说。' });
    const db = buildSearchIndex([
      named('t1', '2020-01-01', '刘庆峰谈一'),
      named('t2', '2021-01-01', '刘庆峰谈二'),
      named('o1', '2022-01-01', '别的'),
    ]);
    const page = (limit: number) => {
      const found = searchIndex(db, query('刘庆峰'), limit);
      return [found.count, found.hits.map((h) => `${h.doc.slug}${h.inTitle ? '*' : ''}`)];
    };
    expect(page(1)).toEqual([3, ['t2*']]);
    expect(page(2)).toEqual([3, ['t2*', 't1*']]);
    expect(page(3)).toEqual([3, ['t2*', 't1*', 'o1']]);
  });

  it('counts a title or name match only where the title or name holds a term whole', () => {
    const db = buildSearchIndex([
      article('split', {
        title: '刘庆和庆峰',
        date: '2026-01-01',
        name: '孙七',
        body: '§刘庆峰说，算力重要。',
      }),
      article('named', { title: '谈算力', date: '2020-01-01', name: '刘庆峰', body: '导语。' }),
      article('body', { title: '别的', date: '2025-01-01', name: '孙七', body: '刘庆峰谈算力。' }),
      article('latin', { title: 'A股市场观察', date: '2019-01-01', name: '孙七', body: '导语。' }),
    ]);
    const page = (q: string) =>
      searchIndex(db, query(q), 10).hits.map((h) => `${h.doc.slug}${h.inTitle ? '*' : ''}`);
    expect(page('刘庆峰')).toEqual(['named*', 'split', 'body']);
    expect(page('算力 刘庆峰')).toEqual(['named*', 'split', 'body']);
    expect(page('A股')).toEqual(['latin*']);
  });

  it('needs every term, anywhere in the article', () => {
    expect(search(index, query('刘庆峰 算力')).map((h) => h.doc.slug)).toEqual(['whole']);
    expect(search(index, query('刘庆峰 山峰'))).toEqual([]);
  });

  it('links to the paragraph that matched and marks the match in the page’s script', () => {
    const [hit] = search(index, query('算力'));
    const view = resultView(hit!, ['算力'], 'zh-hant');
    expect(view.href).toBe('/zh-hant/whole#p2');
    expect(view.title).toBe('談產業');
    expect(view.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['算力']);
    expect(view.snippet.map((p) => p.text).join('')).toBe('劉慶峰表示，算力很重要。');
  });

  it('keeps a marked name as the article’s people are written, in Hong Kong’s script too', () => {
    const [hit] = search(index, query('劉慶峰 算力'));
    const view = resultView(hit!, query('劉慶峰 算力').terms, 'zh-hant-hk');
    expect(view.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['劉慶峰', '算力']);
  });

  it('indexes the editor-typed fixtures and finds a paragraph of each by its own words', () => {
    const outlines = getOutlines(path.resolve(__dirname, '../../fixtures/articles'));
    const big = buildSearchIndex(outlines);
    for (const outline of outlines) {
      const paragraph = outline.paragraphs.find((p) => /\p{Script=Han}{8}/u.test(p.text))!;
      const words = paragraph.text.match(/\p{Script=Han}{8}/u)![0];
      const hits = search(big, query(words));
      const hit = hits.find((h) => h.doc.slug === outline.source.slug);
      expect(hit, `${outline.source.slug}: ${words}`).toBeDefined();
      expect(bestParagraph(hit!.doc, [words])?.text).toContain(words);
    }
  });
});

describe('terms as the index finds them', () => {
  const doc = (slug: string, body: string, date = '2024-06-01') =>
    article(slug, { title: '访谈', date, name: '王五', body });
  const index = buildSearchIndex([
    doc('shares', 'A股市场回暖，GPT-4发布。'),
    doc('spaced', 'A 股的事，GPT 4 发布。'),
    doc('comma', '人工，智能是两个词。', '2024-06-02'),
    doc('paragraphs', '谈到人工\n\n智能时他停了一下。', '2024-06-03'),
    doc('whole', '人工智能来了。炒股A计划。', '2024-06-04'),
  ]);
  const found = (q: string) => search(index, query(q)).map((h) => h.doc.slug);

  it('cuts text into CJK pairs, lone characters, Latin words and what stands between', () => {
    const gap = (ch: string) => `¶${ch.codePointAt(0)!.toString(36)}`;
    expect(tokensOf(normalize('刘庆峰说：GPT-4，好 é'))).toEqual([
      '刘庆',
      '庆峰',
      '峰说',
      gap(':'),
      'gpt',
      gap('-'),
      '4',
      gap(','),
      '好',
      '¶',
      gap('é'),
    ]);
  });

  it('finds Latin and CJK typed together only where they stand together', () => {
    expect(found('A股')).toEqual(['shares']);
    expect(found('ａ股市')).toEqual(['shares']);
    expect(found('GPT-4')).toEqual(['shares']);
    expect(found('gpt-4发布')).toEqual(['shares']);
  });

  it('never joins a term across punctuation or paragraphs', () => {
    expect(found('人工智能')).toEqual(['whole']);
  });

  it('finds a term beginning with a character that stands alone in it', () => {
    expect(found('股A计划')).toEqual(['whole']);
    expect(found('股A')).toEqual(['whole']);
  });

  it('counts every article found, and gives the first few', () => {
    const all = searchIndex(index, query('发布'), 1);
    expect(found('发布').sort()).toEqual(['shares', 'spaced']);
    expect(all.count).toBe(2);
    expect(all.hits.map((h) => h.doc.slug)).toEqual(found('发布').slice(0, 1));
  });
});
