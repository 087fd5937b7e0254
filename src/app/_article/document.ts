import type { Element } from 'hast';
import { h } from 'hastscript';
import { articleBody } from '@/components/article-html';
import { articleJsonLd } from '@/components/article-json-ld';
import { passageControl } from '@/components/passage-control-html';
import { type Article, readingMinutes } from '@/lib/content/articles';
import { langOf } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import { cardPath } from '@/lib/web/share';
import { absolute, pathIn } from '@/lib/web/urls';
import { alternateLinks, cardMeta, meta, pageDocument, property } from '../_document/document';

/** The article's `<head>` after its title: who wrote it, where it lives, its card. */
function head(article: Article): Element[] {
  const { script, slug } = article;
  const labels = labelsFor(script);
  const url = absolute(pathIn(script, slug));
  const image = absolute(cardPath(script, slug));
  return [
    meta('description', article.description),
    meta('author', article.reporter.name),
    ...alternateLinks(script, slug),
    ...cardMeta(script, {
      title: article.title,
      description: article.description,
      url,
      image,
      imageAlt: labels.cardAlt(article.title),
    }),
    property('article:published_time', article.date),
    property('article:modified_time', article.updated ?? article.date),
    h(
      'script',
      { type: 'application/ld+json' },
      articleJsonLd(article, url, image, langOf(script)),
    ),
  ];
}

/** The whole page of an article in its script (see _document/document.ts). */
export function articleDocument(article: Article): string {
  const labels = labelsFor(article.script);
  return pageDocument({
    script: article.script,
    kind: 'article',
    title: article.title,
    head: head(article),
    rest: article.slug,
    main: [...articleBody(article, labels, readingMinutes(article.length)), passageControl(labels)],
    reader: true,
  });
}
