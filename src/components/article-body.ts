import type { Element } from 'hast';
import type { Root } from 'mdast';
import remarkHtml from 'remark-html';
import { unified } from 'unified';
import type { Article } from '@/lib/content/articles';
import type { Labels } from '@/lib/web/labels';
import { ARTICLE_SCHEMA } from './article-schema';
import { remarkFigureImages } from './remark-figure-images';
import { remarkLooseLists } from './remark-loose-lists';
import { remarkSections } from './remark-sections';
import { remarkSelfLinks } from './remark-self-links';
import { remarkTableWrap } from './remark-table-wrap';

/** What the body is made from: the article's tree and its sections as the page shows them. */
export type BodyOf = Pick<Article, 'body' | 'sections'>;

/**
 * The article's body as HTML: the lede, `afterLede` (the pull quote) and the sections, from the
 * article tree (content/parse.ts) with what the page adds (image sources, tables' boxes, links
 * to each block, sections with their heading rows), compiled by remark-html and sanitized by it
 * to exactly the elements, attributes and classes the site writes (article-schema.ts): raw
 * HTML, an event handler or a `javascript:` link from any plugin never reaches a page. The
 * article's tree is not changed: the page's plugins work on a copy.
 */
export function articleBodyHtml(article: BodyOf, labels: Labels, afterLede?: Element): string {
  const compiler = unified().use(remarkHtml, { sanitize: ARTICLE_SCHEMA });
  return compiler.stringify(pageTree(article, labels, afterLede));
}

/** The article's tree with what the page adds, before it is compiled (see `articleBodyHtml`). */
export function pageTree(article: BodyOf, labels: Labels, afterLede?: Element): Root {
  const sections = { sections: article.sections, labels, ...(afterLede ? { afterLede } : {}) };
  return unified()
    .use(remarkFigureImages)
    .use(remarkTableWrap)
    .use(remarkLooseLists)
    .use(remarkSelfLinks, labels.linkToParagraph)
    .use(remarkSections, sections)
    .runSync(structuredClone(article.body));
}
