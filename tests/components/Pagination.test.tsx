import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Pagination } from '@/components/Pagination';
import { labelsFor } from '@/lib/web/labels';
import { indexPagePath } from '@/lib/web/urls';

const render = (page: number, pages: number) =>
  renderToStaticMarkup(
    <Pagination
      page={page}
      pages={pages}
      hrefOf={(n) => indexPagePath('zh-hant', n)}
      labels={labelsFor('zh-hant')}
    />,
  );

describe('Pagination', () => {
  it('links a middle page both ways, page 1 being the index itself', () => {
    const html = render(2, 3);
    expect(html).toContain('<link rel="prev" href="/zh-hant"/>');
    expect(html).toContain('<link rel="next" href="/zh-hant/page/3"/>');
    expect(html).toContain('<a rel="prev" href="/zh-hant">上一頁</a>');
    expect(html).toContain('<a rel="next" href="/zh-hant/page/3">下一頁</a>');
    expect(html).toContain('第 2 頁，共 3 頁');
  });

  it('has no link past either end, and nothing for a single page', () => {
    expect(render(1, 3)).not.toContain('rel="prev"');
    expect(render(3, 3)).not.toContain('rel="next"');
    expect(render(1, 1)).toBe('');
  });
});
