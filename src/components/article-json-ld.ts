import type { Article } from '@/lib/content/articles';
import { CARD_SIZE } from '@/lib/web/cards';

/**
 * schema.org NewsArticle data with only the facts the article gives: headline, reporter,
 * publication, issue and day, the interviewee, the share card. The text of a
 * `<script type="application/ld+json">`: `<` is escaped, so that no text in the data can close
 * the script element.
 */
export function articleJsonLd(article: Article, url: string, image: string, lang: string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    inLanguage: lang,
    url,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    mainEntityOfPage: url,
    image: { '@type': 'ImageObject', url: image, ...CARD_SIZE },
    author: { '@type': 'Person', name: article.reporter.name },
    publisher: { '@type': 'Organization', name: article.publication },
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: article.issue,
      isPartOf: { '@type': 'Periodical', name: article.publication },
    },
    about: {
      '@type': 'Person',
      name: article.interviewee.name,
      jobTitle: article.interviewee.role,
    },
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
