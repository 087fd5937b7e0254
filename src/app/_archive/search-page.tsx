import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { createHash } from 'node:crypto';
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
import { PageStyles } from '../_styles/PageStyles';

/** Results shown on the page; the count says how many there are in all. */
const RESULTS_MAX = 30;

/** The search page's title; results pages are for readers, not for search engines' indexes. */
export function searchMetadata(script: string, raw: string): Metadata {
  if (!isScript(script)) return {};
  const labels = labelsFor(script);
  const query = raw.trim();
  const shown = query !== '' && [...query].length <= QUERY_MAX;
  return {
    title: `${shown ? labels.searchTitle(query) : labels.search}｜${labels.siteName}`,
    robots: { index: false, follow: true },
  };
}

/**
 * The search page for the query `raw` as the reader typed it: a plain GET form and its results,
 * which work without JavaScript. The index is the build's (see lib/archive/search-store).
 */
export function SearchPage({ script, raw }: { script: string; raw: string }) {
  if (!isScript(script)) notFound();
  const labels = labelsFor(script);
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
    // Placed as static HTML, made for this render only (see static-html.ts). The key comes
    // from the HTML, so a kept results page is the same on every origin.
    const html = searchResultsHtml(views, hits.length, labels);
    const key = `search:${createHash('sha256').update(html).digest('hex').slice(0, 16)}`;
    putStaticHtml(key, html);
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
