// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleView } from '@/components/ArticleView';
import type { Article } from '@/lib/articles';

afterEach(cleanup);

const article: Article = {
  slug: 'sample',
  script: 'zh-hans',
  title: '院长张三：谈一谈',
  description: '导语。',
  publication: '某周刊',
  issue: '2025年第1期',
  reporter: { name: '李四' },
  interviewee: { name: '张三', role: '院长' },
  credit: '本文刊发于《某周刊》2025年第1期',
  lede: [{ id: 'p1', runs: [{ text: '导语，' }, { text: '强调', marks: { em: true } }] }],
  sections: [
    { id: '第一节', heading: '第一节', paragraphs: [{ id: 'p2', runs: [{ text: '正文。' }] }] },
    { id: '第二节', heading: '第二节', paragraphs: [] },
  ],
  length: 7,
};

describe('ArticleView', () => {
  it('shows the headline as the one h1 and a byline with reporter, publication and issue', () => {
    render(
      <ArticleView article={article} labels={{ reporter: '记者', readingTime: '约 1 分钟读完' }} />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('院长张三：谈一谈');
    const byline = screen.getByText(/记者/);
    expect(byline.textContent).toContain('李四');
    expect(byline.textContent).toContain('《某周刊》');
    expect(byline.textContent).toContain('2025年第1期');
  });

  it('gives each section an h2 with its id, and each paragraph its id', () => {
    const { container } = render(
      <ArticleView article={article} labels={{ reporter: '记者', readingTime: '' }} />,
    );
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => [h.id, h.textContent])).toEqual([
      ['第一节', '第一节'],
      ['第二节', '第二节'],
    ]);
    expect(container.querySelector('#p2')?.textContent).toBe('正文。');
    expect(container.querySelector('#p1 em')?.textContent).toBe('强调');
  });

  it('puts the credit in the article footer', () => {
    render(<ArticleView article={article} labels={{ reporter: '记者', readingTime: '' }} />);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText(/本文刊发于/).textContent).toBe(
      '（本文刊发于《某周刊》2025年第1期）',
    );
  });

  it('has no footer when there is no credit', () => {
    const uncredited: Article = { ...article, credit: undefined };
    render(<ArticleView article={uncredited} labels={{ reporter: '记者', readingTime: '' }} />);
    expect(screen.queryByRole('contentinfo')).toBeNull();
  });
});
