import fs from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { articleBody } from '@/components/article-html';
import { parseArticle } from '@/lib/content/parse';
import type { Article } from '@/lib/content/articles';
import { parseArticleFile } from '@/lib/content/sources';
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
    lede: parsed.lede,
    sections: parsed.sections.map((s) => ({ ...s, aliases: [] })),
    quotes: [],
    length: 0,
  };
  return toHtml(articleBody(article, labelsFor('zh-hans'), 1));
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
