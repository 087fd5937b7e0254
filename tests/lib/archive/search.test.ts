import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineOf, getOutlines } from '@/lib/content/outline';
import { parseArticleFile } from '@/lib/content/sources';
import { resultView } from '@/lib/archive/results';
import {
  bestParagraph,
  buildSearchIndex,
  keysOf,
  normalize,
  parseQuery,
  search,
  type ParsedQuery,
} from '@/lib/archive/search';

/** An article file as an editor writes it. */
function article(slug: string, o: { title: string; date: string; name: string; body: string }) {
  const text = `---\ntitle: ${o.title}\npublication: 某周刊\nissue: 2025年第1期\ndate: ${o.date}\nreporter:\n  name: 李四\ninterviewee:\n  name: ${o.name}\n  role: 院长\n---\n\n${o.body}\n`;
  return outlineOf({ slug, ...parseArticleFile(`${slug}.md`, text) });
}

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
