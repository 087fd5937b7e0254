import fs from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { sanitize } from 'hast-util-sanitize';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA } from '@/components/article-schema';
import { articleBody, articleTree } from '@/components/article-html';
import { buildArticle, getArticle, readingMinutes, type Article } from '@/lib/content/articles';
import { parseArticleFile } from '@/lib/content/sources';
import { SCRIPTS } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';

/**
 * The article body's schema (components/article-schema.ts): exactly what the builders write,
 * so that sanitizing changes nothing on any real article, and anything else a plugin or a
 * builder might add never reaches a page.
 */
const fixtures = path.resolve(__dirname, '../fixtures/articles');
const publicDir = path.resolve(__dirname, '../fixtures/public');

function articles(): Article[] {
  const out: Article[] = [];
  for (const script of SCRIPTS) {
    const seed = getArticle('liu-qingfeng-general-ai', script);
    if (seed) out.push(seed);
    for (const file of fs.readdirSync(fixtures).filter((f) => f.endsWith('.md'))) {
      const source = parseArticleFile(file, fs.readFileSync(path.join(fixtures, file), 'utf8'));
      out.push(buildArticle({ slug: file.slice(0, -3), ...source }, script, { publicDir }));
    }
  }
  return out;
}

describe('the article schema', () => {
  it('lets through everything the builders write, on the seed and every fixture, in every script', () => {
    const all = articles();
    expect(all.length).toBeGreaterThan(30);
    for (const article of all) {
      const labels = labelsFor(article.script);
      const minutes = readingMinutes(article.length);
      expect(
        toHtml(articleBody(article, labels, minutes), { allowDangerousHtml: true }),
        `${article.script}/${article.slug}`,
      ).toBe(toHtml(articleTree(article, labels, minutes)));
    }
    // 51 articles built and rendered twice: seconds on a busy machine, not a timing.
  }, 60_000);

  it('removes event handlers, script links, frames, scripts, styles and unknown classes', () => {
    const hostile = h(null, [
      h('article', [
        h('p', { id: 'p1', onClick: 'steal()', className: ['turn-answer', 'evil'] }, '正文'),
        h('a', { href: 'javascript:steal()', className: 'para-link' }, '链接'),
        h('a', { href: 'https://example.org/', target: '_blank' }, '外链'),
        h('iframe', { src: 'https://example.org/' }),
        h('script', 'steal()'),
        h('style', 'body{display:none}'),
        h('img', { src: 'data:image/png;base64,AAAA', alt: '图', onError: 'steal()' }),
        h('span', { id: 'p1-q1', className: 'utterance', style: 'color:red' }, '“话”'),
      ]),
    ]);
    const html = toHtml(sanitize(hostile, ARTICLE_SCHEMA));
    expect(html).not.toMatch(
      /onclick|onerror|javascript:|<iframe|<script|<style|evil|style=|target=|data:/i,
    );
    // What the site writes survives around it, ids unprefixed.
    expect(html).toContain('<p id="p1" class="turn-answer">正文</p>');
    expect(html).toContain('<a href="https://example.org/">外链</a>');
    expect(html).toContain('<span id="p1-q1" class="utterance">“话”</span>');
  });
});
