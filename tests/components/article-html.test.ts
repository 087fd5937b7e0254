// @vitest-environment jsdom
import { screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { articleBody } from '@/components/article-html';
import type { Article } from '@/lib/content/articles';
import { parseArticle } from '@/lib/content/parse';
import { labelsFor } from '@/lib/web/labels';
import { clearDom, loadHtml } from '../support/dom';

afterEach(clearDom);

const labels = labelsFor('zh-hans');

const article: Article = {
  slug: 'sample',
  script: 'zh-hans',
  title: '院长张三：谈一谈',
  description: '导语。',
  publication: '某周刊',
  issue: '2025年第1期',
  date: '2025-01-06',
  updated: '2025-02-01',
  reporter: { name: '李四' },
  interviewee: { name: '张三', role: '院长', id: '张三' },
  credit: '本文刊发于《某周刊》2025年第1期',
  body: parseArticle(
    '导语，*强调*“时间很紧，任务很重。”张三说，“我们必须加快。”\n\n## 第一节\n\n正文。\n\n## 第二节\n',
    { people: ['张三'] },
  ),
  sections: [
    { id: '第一节', heading: '第一節', aliases: ['第一節'], opening: '正文。' },
    { id: '第二节', heading: '第二節', aliases: [], opening: '' },
  ],
  quotes: [
    {
      id: 'p1-q1',
      speaker: '张三',
      parts: ['“时间很紧，任务很重。”', '“我们必须加快。”'],
    },
  ],
  length: 30,
};

function renderArticle(a: Article = article) {
  return loadHtml(articleBody(a, labels, 1));
}

describe('articleBody', () => {
  it('shows the headline as the one h1 and a byline with publication, issue, day and reporter', () => {
    const { container } = renderArticle();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('院长张三：谈一谈');
    const byline = screen.getByText(/记者/);
    expect(byline.textContent).toBe('《某周刊》2025年第1期 · 2025年1月6日 · 记者 李四');
    const times = [...container.querySelectorAll('time')].map((t) => [
      t.getAttribute('datetime'),
      t.textContent,
    ]);
    expect(times).toEqual([
      ['2025-01-06', '2025年1月6日'],
      ['2025-02-01', '2025年2月1日'],
    ]);
    expect(screen.getByText(/更新于/).textContent).toBe('更新于 2025年2月1日');
    expect(screen.getByText('约 1 分钟读完')).toBeTruthy();
  });

  it('links the interviewee’s name to their page, by the id of their simplified name', () => {
    renderArticle();
    const link = screen.getByRole('link', { name: '张三' });
    expect(link.getAttribute('href')).toBe('/zh-hans/people/%E5%BC%A0%E4%B8%89');
    expect(link.parentElement?.textContent).toBe('受访者 张三，院长');
  });

  it('gives each section an h2 with its canonical id, and each paragraph its id', () => {
    const { container } = renderArticle();
    const article = screen.getByRole('article');
    const headings = within(article).getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => [h.id, h.textContent])).toEqual([
      ['第一节', '第一節'],
      ['第二节', '第二節'],
    ]);
    expect(container.querySelector('#p2')?.textContent).toBe('正文。');
    expect(container.querySelector('#p1 em')?.textContent).toBe('强调');
  });

  it('lets a hash written with the heading text in the other script land on the section', () => {
    const { container } = renderArticle();
    const alias = container.querySelector('[id="第一節"]');
    expect(alias?.closest('.heading-row')?.querySelector('h2')?.id).toBe('第一节');
  });

  it('links every section heading and paragraph to itself, with an accessible name', () => {
    renderArticle();
    const sectionLink = screen.getByRole('link', { name: '本节链接：第一節' });
    expect(sectionLink.getAttribute('href')).toBe('#第一节');
    const paragraphLinks = screen.getAllByRole('link', { name: '本段链接' });
    expect(paragraphLinks.map((a) => a.getAttribute('href'))).toEqual(['#p1', '#p2']);
  });

  it('keeps copy buttons hidden until scripts can make them work', () => {
    const { container } = renderArticle();
    const buttons = container.querySelectorAll('button[data-copy]');
    expect(buttons.length).toBe(3); // two section links, one quote
    buttons.forEach((b) => expect((b as HTMLButtonElement).hidden).toBe(true));
  });

  it('marks each part of an utterance with its id and keeps the quotation marks as text', () => {
    const { container } = renderArticle();
    expect(container.querySelector('#p1-q1')?.textContent).toBe('“时间很紧，任务很重。”');
    expect(container.querySelector('#p1-q1-2')?.textContent).toBe('“我们必须加快。”');
    expect(container.querySelector('#p1')?.textContent).toContain(
      '强调“时间很紧，任务很重。”张三说，“我们必须加快。”',
    );
  });

  it('lists the interviewee’s words in a panel, each linking to its place', () => {
    renderArticle();
    const panel = screen.getByRole('complementary', { name: '张三说' });
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(within(items[0]!).getByRole('blockquote').textContent).toBe(
      '“时间很紧，任务很重。我们必须加快。”',
    );
    expect(within(items[0]!).getByRole('link', { name: '在原文中查看' }).getAttribute('href')).toBe(
      '#p1-q1',
    );
  });

  it('offers each quotation’s card as a PNG to download', () => {
    renderArticle();
    const panel = screen.getByRole('complementary', { name: '张三说' });
    const card = within(panel).getByRole('link', { name: '下载金句卡' });
    expect(card.getAttribute('href')).toBe('/zh-hans/sample/q/p1-q1/card.png');
    expect(card.getAttribute('download')).toBe('p1-q1.png');
  });

  it('sets a pull quote in an aside, hidden from assistive technology', () => {
    const { container } = renderArticle();
    const pull = container.querySelector('aside.pull-quote');
    expect(pull?.getAttribute('aria-hidden')).toBe('true');
    expect(pull?.textContent).toContain('“时间很紧，任务很重。”');
  });

  it('has a table of contents linking to every section', () => {
    renderArticle();
    const toc = screen.getByRole('navigation', { name: '目录' });
    expect(
      within(toc)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#第一节', '#第二节']);
  });

  it('puts the credit in the article footer, and has none without a credit', () => {
    renderArticle();
    expect(screen.getByRole('contentinfo').textContent).toBe('（本文刊发于《某周刊》2025年第1期）');
    clearDom();
    renderArticle({ ...article, credit: undefined });
    expect(screen.queryByRole('contentinfo')).toBeNull();
  });

  it('has no quotes panel or pull quote when nobody is quoted', () => {
    const { container } = renderArticle({ ...article, quotes: [] });
    expect(container.querySelector('.quotes-panel, .pull-quote')).toBeNull();
  });
});
