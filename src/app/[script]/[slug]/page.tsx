import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/ArticleView';
import { SiteHeader } from '@/components/SiteHeader';
import { getArticle, getArticles, readingMinutes } from '@/lib/articles';
import { labelsFor } from '@/lib/labels';
import { DEFAULT_SCRIPT, isScript } from '@/lib/locale';

type Props = { params: Promise<{ script: string; slug: string }> };

/** Every article is prerendered in every script; any other slug is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles(DEFAULT_SCRIPT).map((a) => ({ slug: a.slug }));
}

async function load(params: Props['params']) {
  const { script, slug } = await params;
  if (!isScript(script)) return undefined;
  return getArticle(slug, script);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load(params);
  if (!article) return {};
  return { title: article.title, description: article.description };
}

export default async function ArticlePage({ params }: Props) {
  const article = await load(params);
  if (!article) notFound();
  const { script, slug } = article;
  const labels = labelsFor(script);
  return (
    <>
      <SiteHeader
        script={script}
        siteName={labels.siteName}
        skipToContent={labels.skipToContent}
        toggleLabel={labels.switchTo}
        hrefs={{ 'zh-hans': `/zh-hans/${slug}`, 'zh-hant': `/zh-hant/${slug}` }}
      />
      <main id="main">
        <ArticleView
          article={article}
          labels={{
            reporter: labels.reporter,
            readingTime: labels.readingTime(readingMinutes(article.length)),
          }}
        />
      </main>
    </>
  );
}
