import type { Article } from '@/lib/content/articles';
import type { Labels } from '@/lib/web/labels';
import { articleHtml } from './article-html';
import { putStaticHtml } from './static-html';
import { StaticHtml } from './StaticHtml';

type Props = { article: Article; labels: Labels; readingMinutes: number };

/**
 * The article and its quotes panel (see article-html.ts), placed as static HTML: React never
 * hydrates inside it, so a reader's phone does not walk every paragraph, link and span of a page
 * that never changes, and the page's RSC data does not carry the article a second time (see
 * static-html.ts). The wrapper has `display: contents`, so it adds nothing to the layout.
 */
export function ArticleView({ article, labels, readingMinutes }: Props) {
  const key = `article:${article.script}/${article.slug}`;
  putStaticHtml(key, articleHtml(article, labels, readingMinutes));
  return <StaticHtml htmlKey={key} className="static-html" />;
}
