import { JSDOM } from 'jsdom';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { alternateLinks, pageDocument, type PageSpec } from '@/app/_document/document';
import { CRITICAL, STYLESHEET_PATH } from '@/app/_styles';
import { READER_PATH } from '@/components/reader-hooks';

const SPEC: PageSpec = {
  script: 'zh-hant',
  kind: 'archive',
  title: '「人工」的搜尋結果</title><script>x()</script>',
  head: [h('meta', { name: 'robots', content: 'noindex, follow' })],
  rest: 'search?q=%E4%BA%BA',
  main: [h('h1', '標題'), h('p', { id: 'kept' }, ['已寫好的 ', h('b', 'HTML')])],
  mainClass: 'archive',
  reader: true,
};

/** The document as a browser parses it. */
const parse = (spec: PageSpec) => new JSDOM(pageDocument(spec)).window.document;

describe('pageDocument', () => {
  it('writes a whole document in the script’s language, in standards mode', () => {
    const html = pageDocument(SPEC);
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-Hant">')).toBe(true);
    expect(parse(SPEC).compatMode).toBe('CSS1Compat');
  });

  it('inlines exactly its kind’s first-screen styles, in order, and links the rest last', () => {
    const page = parse(SPEC);
    const styles = [...page.querySelectorAll('style')].map((s) => s.textContent);
    expect(styles).toEqual([CRITICAL.base, CRITICAL.archive]);
    expect(page.querySelectorAll('head style')).toHaveLength(2);
    const last = page.body.lastElementChild;
    expect(last?.outerHTML).toBe(`<link rel="stylesheet" href="${STYLESHEET_PATH}">`);
    const share = parse({ ...SPEC, kind: 'share' });
    expect([...share.querySelectorAll('style')].map((s) => s.textContent)).toEqual([
      CRITICAL.base,
      CRITICAL.article,
      CRITICAL.share,
    ]);
  });

  it('escapes the title, and places the page’s own head after it and before the icon and feed', () => {
    const page = parse(SPEC);
    expect(page.title).toBe(SPEC.title);
    expect(page.querySelectorAll('script:not([src])')).toHaveLength(0);
    const order = [...page.head.children].map((el) => el.getAttribute('name') ?? el.tagName);
    expect(order.indexOf('robots')).toBe(order.indexOf('TITLE') + 1);
    const feed = page.querySelector('link[type="application/rss+xml"]');
    expect(feed?.getAttribute('href')).toBe('/zh-hant/feed.xml');
    expect(page.querySelector('link[rel=icon]')?.getAttribute('href')).toBe('/icon.svg');
  });

  it('puts the header with the toggle to the same page, then <main> with the page’s tree', () => {
    const page = parse(SPEC);
    const toggle = page.querySelector('a[data-script="zh-hans"]');
    expect(toggle?.getAttribute('href')).toBe('/zh-hans/search?q=%E4%BA%BA');
    const main = page.querySelector('main#main.archive');
    expect(main?.querySelector('h1')?.textContent).toBe('標題');
    expect(main?.querySelector('#kept b')?.textContent).toBe('HTML');
    expect(page.querySelector('.site-header')?.compareDocumentPosition(main!)).toBe(
      4, // main follows the header
    );
  });

  it('runs the reader’s code only on pages that ask for it', () => {
    const scripts = (spec: PageSpec) =>
      [...parse(spec).querySelectorAll('script')].map((s) => s.getAttribute('src'));
    expect(scripts(SPEC)).toEqual([READER_PATH]);
    expect(parse(SPEC).querySelector('[role=status][data-copied]')).not.toBeNull();
    expect(scripts({ ...SPEC, reader: false })).toEqual([]);
  });
});

describe('alternateLinks', () => {
  it('names the page as its own canonical and the same page in every script, with x-default', () => {
    const links = alternateLinks('zh-hant-hk', 'people/a').map((l) => l.properties);
    expect(links[0]).toMatchObject({ rel: ['canonical'] });
    expect(String(links[0]?.href)).toMatch(/\/zh-hant-hk\/people\/a$/);
    const langs = links
      .slice(1)
      .map((l) => [l.hrefLang, String(l.href).replace(/^https?:\/\/[^/]+/, '')]);
    expect(langs).toEqual([
      ['zh-Hans', '/zh-hans/people/a'],
      ['zh-Hant', '/zh-hant/people/a'],
      ['zh-Hant-TW', '/zh-hant/people/a'],
      ['zh-Hant-HK', '/zh-hant-hk/people/a'],
      ['x-default', '/people/a'],
    ]);
  });
});
