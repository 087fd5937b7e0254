import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleJsonLd } from '@/components/ArticleJsonLd';
import { ArticleView } from '@/components/ArticleView';
import { ReaderScript } from '@/components/ReaderScript';
import { SiteHeader } from '@/components/SiteHeader';
import { newestSlugs } from '@/lib/archive/entries';
import { prerenderedCount } from '@/lib/archive/manifest';
import { getArticle, readingMinutes } from '@/lib/content/articles';
import { labelsFor } from '@/lib/web/labels';
import { isScript, langOf } from '@/lib/text/scripts';
import { CARD_SIZE } from '@/lib/web/cards';
import { cardPath } from '@/lib/web/share';
import { absolute, alternatesFor, ogLocale, pathIn } from '@/lib/web/urls';
import { PageStyles } from '../../_styles/PageStyles';

type Props = { params: Promise<{ script: string; slug: string }> };

/**
 * The newest articles are prerendered in every script; the others are made on first request
 * and kept. The proxy lets only slugs that exist through (see lib/archive/manifest.ts).
 */
export function generateStaticParams() {
  return newestSlugs(prerenderedCount()).map((slug) => ({ slug }));
}

async function load(params: Props['params']) {
  const { script, slug } = await params;
  if (!isScript(script)) return undefined;
  return getArticle(slug, script);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  if (!article) return {};
  const labels = labelsFor(article.script);
  const image = {
    url: absolute(cardPath(article.script, article.slug)),
    ...CARD_SIZE,
    alt: labels.cardAlt(article.title),
  };
  return {
    title: article.title,
    description: article.description,
    alternates: alternatesFor(article.script, article.slug),
    authors: [{ name: article.reporter.name }],
    openGraph: {
      type: 'article',
      publishedTime: article.date,
      modifiedTime: article.updated ?? article.date,
      title: article.title,
      description: article.description,
      url: absolute(pathIn(article.script, article.slug)),
      locale: ogLocale(article.script),
      siteName: labels.siteName,
      images: [image],
    },
    twitter: { card: 'summary_large_image', images: [image] },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  if (!article) notFound();
  const { script, slug } = article;
  const labels = labelsFor(script);
  return (
    <>
      <PageStyles kind="article" />
      <SiteHeader script={script} labels={labels} rest={slug} />
      <ArticleJsonLd
        article={article}
        url={absolute(pathIn(script, slug))}
        image={absolute(cardPath(script, slug))}
        lang={langOf(script)}
      />
      <main id="main">
        <ArticleView
          article={article}
          labels={labels}
          readingMinutes={readingMinutes(article.length)}
        />
      </main>
      <ReaderScript copied={labels.copied} copyFailed={labels.copyFailed} />
    </>
  );
}
