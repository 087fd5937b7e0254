import fs from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { articleBodyHtml } from '@/components/article-body';
import { articleBody } from '@/components/article-html';
import { parseArticle } from '@/lib/content/parse';
import type { Article } from '@/lib/content/articles';
import { parseArticleFile } from '@/lib/content/sources';
import { sectionsOf } from '@/lib/content/tree';
import { labelsFor } from '@/lib/web/labels';

const file = 'hostile-article.md';
const source = fs.readFileSync(
  path.resolve(__dirname, '../fixtures/content/hostile', file),
  'utf8',
);

/** The hostile fixture rendered as the article page renders it. */
function renderHostile(): string {
  const { meta, body } = parseArticleFile(file, source);
  const parsed = parseArticle(body, { people: [meta.interviewee.name] });
  const article: Article = {
    slug: 'hostile-article',
    script: 'zh-hans',
    title: meta.title,
    description: '',
    publication: meta.publication,
    issue: meta.issue,
    date: meta.date,
    reporter: meta.reporter,
    interviewee: { ...meta.interviewee, id: meta.interviewee.name },
    body: parsed,
    sections: sectionsOf(parsed).sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      aliases: [],
      opening: '',
    })),
    quotes: [],
    length: 0,
  };
  return toHtml(articleBody(article, labelsFor('zh-hans'), 1), { allowDangerousHtml: true });
}

describe('raw HTML in a content file', () => {
  const html = renderHostile();

  it('never becomes markup: no script, iframe, img or event handler reaches the page', () => {
    expect(html).not.toMatch(/<script|<iframe|<img|<b /i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('never becomes a link to javascript: or data:', () => {
    expect(html).not.toMatch(/href="\s*(javascript|data):/i);
    expect(html).toContain('href="https://example.com/a?b=1"');
  });

  it('keeps the words around it', () => {
    expect(html).toContain('里有脚本。');
    expect(html).toContain('点我');
    expect(html).toContain('原始链接');
  });

  it('shows markup in front matter as text, escaped', () => {
    // However the serialiser writes the escape (&lt; or &#x3C;), the `<` never opens a tag.
    expect(html).toMatch(/标题&(?:lt|#x3C|#60);script>?(?:&gt;)?alert\(/i);
  });
});

describe('what a plugin might put in the article tree', () => {
  // As if a plugin had marked the tree with an event handler, a `javascript:` link, an iframe
  // and raw HTML: remark-html's schema lets none of it through.
  const body: Root = {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        data: { id: 'p1', hProperties: { onClick: 'alert(1)', style: 'color:red' } },
        children: [
          { type: 'text', value: '甲' },
          { type: 'link', url: 'javascript:alert(2)', children: [{ type: 'text', value: '乙' }] },
          { type: 'html', value: '<img src=x onerror="alert(3)">' },
        ],
      },
      {
        type: 'paragraph',
        data: { hName: 'iframe', hProperties: { src: 'https://evil.example' } },
        children: [{ type: 'text', value: '丙' }],
      },
    ],
  };
  const html = articleBodyHtml({ body, sections: [] }, labelsFor('zh-hans'));

  it('drops the event handler and the style, keeping the paragraph and its id', () => {
    expect(html).toContain('<p id="p1">甲');
    expect(html).not.toMatch(/onclick|style=/i);
  });

  it('keeps the link text but not the javascript: target', () => {
    expect(html).toContain('乙');
    expect(html).not.toMatch(/javascript:/i);
  });

  it('removes the iframe and the raw HTML', () => {
    expect(html).not.toMatch(/<iframe|<img|onerror/i);
  });
});
