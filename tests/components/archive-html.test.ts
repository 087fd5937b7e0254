// @vitest-environment jsdom
import { toHtml } from 'hast-util-to-html';
import { within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { entryList, pagination, searchForm } from '@/components/archive-html';
import type { Entry } from '@/lib/archive/entries';
import { labelsFor } from '@/lib/web/labels';
import { indexPagePath } from '@/lib/web/urls';
import { clearDom, loadHtml } from '../support/dom';

afterEach(clearDom);

const labels = labelsFor('zh-hant');
const links = (page: number, pages: number) =>
  pagination(page, pages, (n) => indexPagePath('zh-hant', n), labels);

describe('pagination', () => {
  it('links a middle page both ways, in the head and for readers, page 1 being the index', () => {
    const { head, nav } = links(2, 3);
    expect(head.map((link) => toHtml(link))).toEqual([
      '<link rel="prev" href="/zh-hant">',
      '<link rel="next" href="/zh-hant/page/3">',
    ]);
    const shown = loadHtml(nav!).container;
    expect(within(shown).getByRole('navigation').getAttribute('aria-label')).toBe(
      '第 2 頁，共 3 頁',
    );
    const previous = within(shown).getByRole('link', { name: '上一頁' });
    const next = within(shown).getByRole('link', { name: '下一頁' });
    expect([previous.getAttribute('href'), previous.getAttribute('rel')]).toEqual([
      '/zh-hant',
      'prev',
    ]);
    expect([next.getAttribute('href'), next.getAttribute('rel')]).toEqual([
      '/zh-hant/page/3',
      'next',
    ]);
  });

  it('has no link past either end, and nothing at all for a single page', () => {
    expect(toHtml(links(1, 3).nav!)).not.toContain('rel="prev"');
    expect(links(1, 3).head).toHaveLength(1);
    expect(toHtml(links(3, 3).nav!)).not.toContain('rel="next"');
    expect(links(1, 1)).toEqual({ head: [] });
  });
});

const ENTRY: Entry = {
  slug: 'a-b',
  date: '2024-03-30',
  title: '標題<script>alert(1)</script>',
  publication: '某週刊',
  issue: '2024年第6期',
  interviewee: { name: '范曉', role: '董事長', id: '范晓' },
  summary: '開頭 & 其餘',
};

describe('entryList', () => {
  it('lists each article with its interviewee’s page, the day, and the opening, all as text', () => {
    const list = loadHtml(entryList('zh-hant', [ENTRY])).container;
    const title = within(list).getByRole('heading', { level: 2 });
    expect(title.textContent).toBe(ENTRY.title);
    expect(list.querySelector('script')).toBeNull();
    expect(within(title).getByRole('link').getAttribute('href')).toBe('/zh-hant/a-b');
    const person = within(list).getByRole('link', { name: '范曉' });
    expect(person.getAttribute('href')).toBe(`/zh-hant/people/${encodeURIComponent('范晓')}`);
    expect(list.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-30');
    expect(list.querySelector('.entry-meta')?.textContent).toContain(
      '，董事長 · 《某週刊》2024年第6期 · ',
    );
    expect(list.querySelector('.entry-summary')?.textContent).toBe('開頭 & 其餘');
  });
});

describe('searchForm', () => {
  it('is a plain GET form to the script’s search page that keeps the query as text', () => {
    const form = loadHtml(searchForm('zh-hant', labels, '"><b>x')).container;
    const search = within(form).getByRole('search');
    expect(search.getAttribute('action')).toBe('/zh-hant/search');
    expect(search.getAttribute('method')).toBe('get');
    const field = within(form).getByRole('searchbox', { name: labels.searchField });
    expect((field as HTMLInputElement).value).toBe('"><b>x');
    expect(field.getAttribute('name')).toBe('q');
    expect(form.querySelector('b')).toBeNull();
    expect(within(form).getByRole('button', { name: labels.search })).toBeTruthy();
  });

  it('has an empty field when there is no query', () => {
    const form = loadHtml(searchForm('zh-hans', labelsFor('zh-hans'))).container;
    expect((within(form).getByRole('searchbox') as HTMLInputElement).value).toBe('');
  });
});
