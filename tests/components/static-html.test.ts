import { describe, expect, it } from 'vitest';
import { putStaticHtml, takeStaticHtml } from '@/components/static-html';

describe('the static HTML store', () => {
  it('keeps a page’s HTML for every render, and drops one request’s HTML as it is taken', () => {
    putStaticHtml('article:a', '<p>文</p>');
    expect(takeStaticHtml('article:a')).toBe('<p>文</p>');
    expect(takeStaticHtml('article:a')).toBe('<p>文</p>');
    putStaticHtml('search:1', '<ol></ol>');
    expect(takeStaticHtml('search:1', true)).toBe('<ol></ol>');
    expect(takeStaticHtml('search:1', true)).toBeUndefined();
  });

  it('gives each of two renders that filed the same key its HTML, then drops it', () => {
    putStaticHtml('search:same', '<ol><li>甲</li></ol>');
    putStaticHtml('search:same', '<ol><li>甲</li></ol>');
    expect(takeStaticHtml('search:same', true)).toBe('<ol><li>甲</li></ol>');
    expect(takeStaticHtml('search:same', true)).toBe('<ol><li>甲</li></ol>');
    expect(takeStaticHtml('search:same', true)).toBeUndefined();
  });
});
