import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticleSource, getArticleSources, listSlugs } from '@/lib/content/sources';

const fixture = (name: string) => path.resolve(__dirname, '../../fixtures/content', name);

describe('the content layer', () => {
  it('lists Markdown files by slug and ignores other files', () => {
    expect(listSlugs(fixture('good'))).toEqual(['sample-interview']);
  });

  it('reads and checks an article', () => {
    const article = getArticleSource('sample-interview', fixture('good'));
    expect(article?.meta).toMatchObject({
      title: '某研究院院长张三：谈一谈',
      publication: '某周刊',
      issue: '2025年第1期',
      reporter: { name: '李四' },
      interviewee: { name: '范小余', hant: '范小余', role: '某研究院院长' },
    });
    expect(article?.body).toBe('导语。\n\n## 第一节\n\n正文。\n');
  });

  it('finds an article by looking its slug up, never by building a path from it', () => {
    expect(getArticleSource('../good/sample-interview', fixture('good'))).toBeUndefined();
    expect(getArticleSource('sample-interview.md', fixture('good'))).toBeUndefined();
    expect(getArticleSource('nope', fixture('good'))).toBeUndefined();
  });

  it('names the file and line of YAML that does not parse', () => {
    expect(() => getArticleSources(fixture('bad-yaml'))).toThrow(
      /^content\/broken\.md: front matter is not valid YAML \(line \d+\)/,
    );
  });

  it('names a missing headline', () => {
    expect(() => getArticleSources(fixture('no-title'))).toThrow(
      'content/untitled.md: front matter needs "title" (a string)',
    );
  });

  it('refuses an empty body', () => {
    expect(() => getArticleSources(fixture('empty-body'))).toThrow(
      'content/empty.md: the article has no body',
    );
  });

  it('names a field of the wrong type', () => {
    expect(() => getArticleSources(fixture('wrong-type'))).toThrow(
      'content/typed.md: front matter "issue" must be a string',
    );
  });

  it('refuses a file name that is not a slug', () => {
    expect(() => listSlugs(fixture('bad-name'))).toThrow(
      'content/Not_A_Slug.md: file name must be a slug (a-z, 0-9, hyphens)',
    );
  });

  it('refuses a file without front matter', () => {
    expect(() => getArticleSources(fixture('no-front-matter'))).toThrow(
      /^content\/plain\.md: front matter is missing/,
    );
  });

  it('accepts the committed content', () => {
    expect(getArticleSources().map((a) => a.slug)).toContain('liu-qingfeng-general-ai');
  });
});

describe('people in the front matter', () => {
  const file = (people: string) =>
    `---\ntitle: 标题\npublication: 某周刊\nissue: 2025年第1期\ndate: 2025-01-06\nreporter:\n  name: 李四\ninterviewee:\n  name: 张三\n  role: 院长\n${people}\n---\n\n正文。\n`;

  it('reads an optional list of people with an optional hant form', async () => {
    const { parseArticleFile } = await import('@/lib/content/sources');
    const { meta } = parseArticleFile(
      'a.md',
      file('people:\n  - name: 范立群\n  - name: 钟明\n    hant: 鐘明'),
    );
    expect(meta.people).toEqual([{ name: '范立群' }, { name: '钟明', hant: '鐘明' }]);
  });

  it.each([
    [
      'people:\n  - name: 范立群\n  - hant: 鐘明',
      'content/a.md: people[1].name is missing (a string)',
    ],
    ['people:\n  - name: 12', 'content/a.md: people[0].name must be a string'],
    ['people:\n  - name: "  "', 'content/a.md: people[0].name is empty'],
    ['people:\n  - 范立群', 'content/a.md: people[0] must be an object'],
    ['people: 范立群', 'content/a.md: front matter "people" must be an array'],
  ])('names the entry of the wrong shape', async (people, message) => {
    const { parseArticleFile } = await import('@/lib/content/sources');
    expect(() => parseArticleFile('a.md', file(people))).toThrow(message);
  });
});

describe('dates in the front matter', () => {
  const file = (dates: string) =>
    `---\ntitle: 标题\npublication: 某周刊\nissue: 2025年第1期\n${dates}\nreporter:\n  name: 李四\ninterviewee:\n  name: 张三\n  role: 院长\n---\n\n正文。\n`;

  it.each([
    ['date: 2024-03-30', { date: '2024-03-30' }],
    ["date: '2024-03-30'", { date: '2024-03-30' }],
    ['date: 2024-02-29\nupdated: 2024-03-01', { date: '2024-02-29', updated: '2024-03-01' }],
  ])('keeps the day as written, quoted or not: %s', async (dates, expected) => {
    const { parseArticleFile } = await import('@/lib/content/sources');
    expect(parseArticleFile('a.md', file(dates)).meta).toMatchObject(expected);
  });

  it.each([
    ['', 'content/a.md: front matter needs "date"'],
    ['date: 2023-02-29', 'content/a.md: front matter "date" must be a day written YYYY-MM-DD'],
    ['date: 2024-3-30', 'content/a.md: front matter "date" must be a day written YYYY-MM-DD'],
    ['date: 2024年3月30日', 'content/a.md: front matter "date" must be a day written YYYY-MM-DD'],
    ['date: 2024-03-30\nupdated: 2024-03-29', 'content/a.md: front matter "updated" is before "date"'],
    ['date: 2024-03-30\nupdated: 2024-13-01', 'content/a.md: front matter "updated" must be a day'],
  ])('names a missing, impossible or misordered day: %s', async (dates, message) => {
    const { parseArticleFile } = await import('@/lib/content/sources');
    expect(() => parseArticleFile('a.md', file(dates))).toThrow(message);
  });
});

describe('slugs the site’s own pages hold', () => {
  it.each(['page', 'people', 'search'])('refuses an article named %s.md', async (slug) => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reserved-'));
    fs.writeFileSync(path.join(dir, `${slug}.md`), '');
    expect(() => listSlugs(dir)).toThrow(`content/${slug}.md: "${slug}" is the address of the site's own pages`);
    fs.rmSync(dir, { recursive: true });
  });
});
