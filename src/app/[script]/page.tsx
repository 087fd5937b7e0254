import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReaderScript } from '@/components/ReaderScript';
import { SiteHeader } from '@/components/SiteHeader';
import { getArticles } from '@/lib/content/articles';
import { labelsFor } from '@/lib/web/labels';
import { isScript } from '@/lib/text/scripts';
import { alternatesFor } from '@/lib/web/urls';

type Props = { params: Promise<{ script: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { script } = await params;
  if (!isScript(script)) return {};
  const labels = labelsFor(script);
  return {
    title: labels.siteName,
    description: labels.siteDescription,
    alternates: alternatesFor(script),
  };
}

/** The index of one script: every article, newest content first as listed. */
export default async function IndexPage({ params }: Props) {
  const { script } = await params;
  if (!isScript(script)) notFound();
  const labels = labelsFor(script);
  const articles = getArticles(script);
  return (
    <>
      <SiteHeader script={script} labels={labels} />
      <main id="main">
        <h1>{labels.siteName}</h1>
        <ul className="article-list">
          {articles.map((a) => (
            <li key={a.slug}>
              <a href={`/${script}/${a.slug}`}>{a.title}</a>
              <p className="byline">{`《${a.publication}》${a.issue} · ${labels.reporter} ${a.reporter.name}`}</p>
            </li>
          ))}
        </ul>
      </main>
      <ReaderScript copied={labels.copied} copyFailed={labels.copyFailed} />
    </>
  );
}
