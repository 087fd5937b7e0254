import type { Article } from '@/lib/articles';
import type { Labels } from '@/lib/labels';
import { articleHtml } from './article-html';

type Props = { article: Article; labels: Labels; readingMinutes: number };

/**
 * The article and its quotes panel (see article-html.ts), placed as static HTML: React never
 * hydrates inside it, so a reader's phone does not walk every paragraph, link and span of a page
 * that never changes. The wrapper has `display: contents`, so it adds nothing to the layout.
 */
export function ArticleView({ article, labels, readingMinutes }: Props) {
  return (
    <div
      className="static-html"
      dangerouslySetInnerHTML={{ __html: articleHtml(article, labels, readingMinutes) }}
    />
  );
}
