import type { Article } from '@/lib/content/articles';

type Props = { article: Article; url: string; image: string; lang: string };

/**
 * schema.org NewsArticle data with only the facts the article gives: headline, reporter,
 * publication, issue and day, the interviewee, the share card.
 */
export function ArticleJsonLd({ article, url, image, lang }: Props) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    inLanguage: lang,
    url,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    mainEntityOfPage: url,
    image: { '@type': 'ImageObject', url: image, width: 1200, height: 630 },
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
  // `<` is escaped so that no text in the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
