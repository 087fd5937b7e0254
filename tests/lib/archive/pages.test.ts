import { describe, expect, it } from 'vitest';
import { byNewest, newestFirst } from '@/lib/archive/order';
import { pageCount, pageRange, parsePageParam, PAGE_SIZE } from '@/lib/archive/pages';

describe('the index’s pages', () => {
  it('holds 30 entries a page, the last one what is left, and always one page', () => {
    expect(PAGE_SIZE).toBe(30);
    expect(pageCount(61)).toBe(3);
    expect(pageCount(60)).toBe(2);
    expect(pageCount(0)).toBe(1);
    expect(pageRange(1, 61)).toEqual([0, 30]);
    expect(pageRange(3, 61)).toEqual([60, 61]);
    expect(pageRange(1, 0)).toEqual([0, 0]);
    expect(pageRange(4, 61)).toBeUndefined();
    expect(pageRange(0, 61)).toBeUndefined();
    expect(pageRange(1.5, 61)).toBeUndefined();
  });

  it('reads only the page numbers a link writes: page 1 is the index itself', () => {
    expect(parsePageParam('2')).toBe(2);
    for (const bad of ['1', '0', '02', '-2', '2.0', '1e3', ' 2', '9999999', '二']) {
      expect(parsePageParam(bad), bad).toBeUndefined();
    }
  });

  it('orders newest first, a day’s articles by slug', () => {
    const list = [
      { slug: 'b', date: '2024-01-01' },
      { slug: 'c', date: '2025-01-01' },
      { slug: 'a', date: '2024-01-01' },
    ].sort(byNewest);
    expect(list.map((e) => e.slug)).toEqual(['c', 'a', 'b']);
    const sources = list.map(({ slug, date }) => ({ slug, meta: { date } })).reverse();
    expect(newestFirst(sources)).toEqual(['c', 'a', 'b']);
  });
});
