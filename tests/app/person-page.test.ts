import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { personDocument } from '@/app/_archive/person-page';
import type { Entry } from '@/lib/archive/entries';
import type { PersonPage } from '@/lib/archive/people';

const ID = '钟南山';
const ESCAPED = encodeURIComponent(ID);

const entry = (i: number): Entry => ({
  slug: `interview-${i}`,
  date: '2024-03-30',
  title: `標題 ${i}`,
  publication: '某週刊',
  issue: '2024年第6期',
  interviewee: { name: '鍾南山', role: '院士', id: ID },
  summary: '開頭',
});

/** Page `page` of someone interviewed 61 times, as getPerson gives it: 30 a page. */
function pageOf(page: number, count = 61): PersonPage {
  const from = (page - 1) * 30;
  const entries = Array.from({ length: Math.min(30, count - from) }, (_, i) => entry(from + i));
  const pages = Math.ceil(count / 30);
  return { id: ID, name: '鍾南山', role: '院士', count, page, pages, entries };
}

const parse = (person: PersonPage) => new JSDOM(personDocument('zh-hant', person)).window.document;

describe('a person’s page', () => {
  it('lists one page of their interviews, says which page of how many, and counts them all', () => {
    const page = parse(pageOf(2));
    expect(page.title).toBe('鍾南山的訪談｜第 2 頁，共 3 頁｜訪談閱讀');
    expect(page.querySelector('h1')?.textContent).toBe('鍾南山的訪談｜第 2 頁，共 3 頁');
    expect(page.querySelector('.meta')?.textContent).toBe('院士 · 共 61 篇訪談');
    const titles = [...page.querySelectorAll('main h2 a')].map((a) => a.getAttribute('href'));
    expect(titles).toEqual(Array.from({ length: 30 }, (_, i) => `/zh-hant/interview-${30 + i}`));
  });

  it('is its own address in every script, and links the pages before and after it', () => {
    const page = parse(pageOf(2));
    const canonical = page.querySelector('link[rel=canonical]')?.getAttribute('href');
    expect(canonical).toMatch(new RegExp(`/zh-hant/people/${ESCAPED}/page/2$`));
    const toggle = page.querySelector('a[data-script="zh-hans"]')?.getAttribute('href');
    expect(toggle).toBe(`/zh-hans/people/${ESCAPED}/page/2`);
    const nav = page.querySelector('nav.pagination');
    expect(nav?.querySelector('a[rel=prev]')?.getAttribute('href')).toBe(
      `/zh-hant/people/${ESCAPED}`,
    );
    expect(nav?.querySelector('a[rel=next]')?.getAttribute('href')).toBe(
      `/zh-hant/people/${ESCAPED}/page/3`,
    );
    expect(page.querySelector('head link[rel=next]')?.getAttribute('href')).toBe(
      `/zh-hant/people/${ESCAPED}/page/3`,
    );
    const last = parse(pageOf(3));
    expect(last.querySelectorAll('main h2')).toHaveLength(1);
    expect(last.querySelector('a[rel=next]')).toBeNull();
  });

  it('has no page links when every interview fits on one', () => {
    const page = parse(pageOf(1, 30));
    expect(page.title).toBe('鍾南山的訪談｜訪談閱讀');
    expect(page.querySelectorAll('main h2')).toHaveLength(30);
    expect(page.querySelector('.pagination, link[rel=prev], link[rel=next]')).toBeNull();
    const canonical = page.querySelector('link[rel=canonical]')?.getAttribute('href');
    expect(canonical).toMatch(new RegExp(`/zh-hant/people/${ESCAPED}$`));
  });
});
