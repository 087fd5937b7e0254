import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ARCHIVE } from '@/app/_styles/archive';
import { ARTICLE } from '@/app/_styles/article';
import { BASE } from '@/app/_styles/base';
import { minify } from '@/app/_styles/css';
import { CRITICAL, STYLESHEET, STYLESHEET_FILE } from '@/app/_styles';
import { REST } from '@/app/_styles/rest';
import { SHARE } from '@/app/_styles/share';

const SOURCES = { base: BASE, article: ARTICLE, archive: ARCHIVE, share: SHARE, rest: REST };

/** The rules a browser's CSS parser (jsdom's) reads from `text`. */
function parsed(text: string): CSSRule[] {
  const dom = new JSDOM(`<style>${text}</style>`);
  return [...(dom.window.document.querySelector('style')?.sheet?.cssRules ?? [])];
}

/** Each rule's cssText, with the white space the parser keeps as written (in selectors and
 * media conditions) made uniform. */
function rules(text: string): string[] {
  return parsed(text).map((rule) =>
    rule.cssText.replace(/\s+/g, ' ').replace(/\s*([,:>])\s*/g, '$1'),
  );
}

describe('the site’s styles', () => {
  it('mean the same minified as written: the parser reads the same rules', () => {
    for (const [name, source] of Object.entries(SOURCES)) {
      const written = rules(source);
      expect(written.length, name).toBeGreaterThan(2);
      expect(rules(minify(source)), name).toEqual(written);
    }
  });

  it('minify keeps quoted text and drops comments, apostrophes in them included', () => {
    const text = `/* the reader's page */ a { content: ' ＊ : { } ; ' ;  mask: url("x y.svg") }`;
    expect(minify(text)).toBe(`a{content:' ＊ : { } ; ';mask:url("x y.svg")}`);
  });

  it('set each property of a selector in one part only, so a rule has one source', () => {
    const seen = new Map<string, string>();
    for (const [name, source] of Object.entries(SOURCES)) {
      for (const rule of parsed(source)) {
        if (!('selectorText' in rule)) continue; // @media: overrides, on purpose
        const style = (rule as CSSStyleRule).style;
        for (let i = 0; i < style.length; i++) {
          const key = `${(rule as CSSStyleRule).selectorText} { ${style.item(i)} }`;
          expect(seen.get(key), `${key} in ${name} and ${seen.get(key)}`).toBeUndefined();
          seen.set(key, name);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(100);
  });

  it('inline only the minified parts, and name the rest by its content', () => {
    expect(CRITICAL.base).toBe(minify(BASE));
    expect(STYLESHEET).toBe(minify(REST));
    expect(STYLESHEET).toContain('@media print');
    expect(STYLESHEET_FILE).toMatch(/^[0-9a-f]{16}\.css$/);
  });
});
