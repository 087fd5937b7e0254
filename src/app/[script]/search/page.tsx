import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { randomUUID } from 'node:crypto';
import { searchResultsHtml } from '@/components/search-results-html';
import { putStaticHtml } from '@/components/static-html';
import { StaticHtml } from '@/components/StaticHtml';
import { SearchForm } from '@/components/SearchForm';
import { SiteHeader } from '@/components/SiteHeader';
import { resultView } from '@/lib/archive/results';
import { parseQuery, search } from '@/lib/archive/search';
import { getSearchIndex } from '@/lib/archive/search-store';
import { isScript } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import { QUERY_MAX } from '@/lib/web/urls';
import { PageStyles } from '../../_styles/PageStyles';

type Props = {
  params: Promise<{ script: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Results shown on the page; the count says how many there are in all. */
const RESULTS_MAX = 30;

/** The query as given: the first `q`, or empty. */
function queryOf(params: Record<string, string | string[] | undefined>): string {
  const q = params.q;
  return (Array.isArray(q) ? q[0] : q) ?? '';
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { script } = await params;
  if (!isScript(script)) return {};
  const labels = labelsFor(script);
  const query = queryOf(await searchParams).trim();
  const shown = query !== '' && [...query].length <= QUERY_MAX;
  return {
    title: `${shown ? labels.searchTitle(query) : labels.search}｜${labels.siteName}`,
    // Results pages are for readers, not for search engines' indexes.
    robots: { index: false, follow: true },
  };
}

/**
 * Search, rendered on the server for each query: a plain GET form and its results, which work
 * without JavaScript. The index is the build's (see lib/archive/search-store).
 */
export default async function SearchPage({ params, searchParams }: Props) {
  const { script } = await params;
  if (!isScript(script)) notFound();
  const labels = labelsFor(script);
  const raw = queryOf(await searchParams);
  const parsed = parseQuery(raw);
  const query = raw.trim();
  const keep = typeof parsed === 'object' ? query : undefined;
  let body;
  if (parsed === 'empty' || parsed === 'too-short') {
    body = <p className="search-note">{labels.queryTooShort}</p>;
  } else if (parsed === 'too-long') {
    body = <p className="search-note">{labels.queryTooLong(QUERY_MAX)}</p>;
  } else {
    const hits = search(getSearchIndex(), parsed);
    const views = hits.slice(0, RESULTS_MAX).map((hit) => resultView(hit, parsed.terms, script));
    // Placed as static HTML, made for this request only (see static-html.ts).
    const key = `search:${randomUUID()}`;
    putStaticHtml(key, searchResultsHtml(views, hits.length, labels));
    body = <StaticHtml htmlKey={key} className="static-html" once />;
  }
  const rest = keep ? `search?q=${encodeURIComponent(keep)}` : 'search';
  return (
    <>
      <PageStyles kind="archive" />
      <SiteHeader script={script} labels={labels} rest={rest} />
      <main id="main" className="archive">
        <h1>{keep ? labels.searchTitle(keep) : labels.search}</h1>
        <SearchForm
          script={script}
          labels={labels}
          query={parsed === 'too-long' ? undefined : query}
        />
        {body}
      </main>
    </>
  );
}
