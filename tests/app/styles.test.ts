import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CRITICAL, LINK_ICON, LINK_ICON_FILE, STYLESHEET, STYLESHEET_FILE } from '@/app/_styles';
import { compileStyles, STYLE_PARTS } from '../../scripts/support/styles.mjs';

const DIR = path.resolve(__dirname, '../../src/app/_styles');
const SOURCES = Object.fromEntries(
  STYLE_PARTS.map((name) => [name, fs.readFileSync(path.join(DIR, `${name}.css`), 'utf8')]),
);

/** The rules a browser's CSS parser (jsdom's) reads from `text`. */
function parsed(text: string): CSSRule[] {
  const dom = new JSDOM(`<style>${text}</style>`);
  return [...(dom.window.document.querySelector('style')?.sheet?.cssRules ?? [])];
}

describe('the site’s styles', () => {
  it('mean the same minified as written: as many rules, each setting the same properties', () => {
    const compiled = compileStyles();
    /** Each rule (in @media too) as the properties it sets, less what lightningcss adds for
     * older browsers (vendor prefixes, its own variables for `color-scheme`). */
    const shape = (text: string) =>
      parsed(text).map((rule) => {
        const inner = 'cssRules' in rule ? [...(rule as CSSMediaRule).cssRules] : [rule];
        return inner.map((r) => {
          const style = (r as CSSStyleRule).style;
          return Array.from({ length: style?.length ?? 0 }, (_, i) => style.item(i))
            .filter((p) => !/^(?:--lightningcss-|-webkit-|-moz-|-ms-)/.test(p))
            .sort();
        });
      });
    for (const [name, source] of Object.entries(SOURCES)) {
      const minified = compiled[name as keyof typeof compiled];
      expect(parsed(source).length, name).toBeGreaterThan(2);
      expect(shape(minified), name).toEqual(shape(source));
      expect(minified.length, name).toBeLessThan(source.length * 0.8);
      expect(minified, name).not.toMatch(/\/\*|\n/);
    }
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
    const compiled = compileStyles();
    expect(CRITICAL.base).toBe(compiled.base);
    expect(STYLESHEET).toContain('@media print');
    expect(STYLESHEET_FILE).toMatch(/^[0-9a-f]{16}\.css$/);
  });

  it('link the copy-link icon as the file served beside the stylesheet, never as a data: URL', () => {
    const compiled = compileStyles();
    expect(LINK_ICON_FILE).toMatch(/^[0-9a-f]{16}\.svg$/);
    expect(LINK_ICON).toBe(fs.readFileSync(path.join(DIR, 'link-icon.svg'), 'utf8'));
    const urls = [...STYLESHEET.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    expect(new Set(urls)).toEqual(new Set([LINK_ICON_FILE]));
    expect(STYLESHEET.replaceAll(LINK_ICON_FILE, 'link-icon.svg')).toBe(compiled.rest);
    expect(STYLESHEET).not.toContain('data:');
  });
});
