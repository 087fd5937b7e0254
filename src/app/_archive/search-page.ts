import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { searchForm } from '@/components/archive-html';
import { searchResults } from '@/components/search-results-html';
import { resultView } from '@/lib/archive/results';
import { parseQuery } from '@/lib/archive/search';
import { searchIndex } from '@/lib/archive/search-db';
import { archiveDb } from '@/lib/archive/archive-store';
import type { Script } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import { QUERY_MAX } from '@/lib/web/urls';
import { meta, pageDocument } from '../_document/document';

/** Results shown on the page; the count says how many there are in all. */
const RESULTS_MAX = 30;

/**
 * The search page for the query `raw` as the reader typed it: a plain GET form and its
 * results, which work without JavaScript. The index is the build's (see
 * lib/archive/search-db.ts). Results pages are for readers, not for search engines' indexes.
 */
export function searchDocument(script: Script, raw: string): string {
  const labels = labelsFor(script);
  const parsed = parseQuery(raw);
  const query = raw.trim();
  const keep = typeof parsed === 'object' ? query : undefined;
  let body: ElementContent[];
  if (parsed === 'empty' || parsed === 'too-short') {
    body = [h('p', { className: 'search-note' }, labels.queryTooShort)];
  } else if (parsed === 'too-long') {
    body = [h('p', { className: 'search-note' }, labels.queryTooLong(QUERY_MAX))];
  } else {
    const { count, hits } = searchIndex(archiveDb(), parsed, RESULTS_MAX);
    const views = hits.map((hit) => resultView(hit, parsed.terms, script));
    body = searchResults(views, count, labels);
  }
  const shown = query !== '' && [...query].length <= QUERY_MAX;
  return pageDocument({
    script,
    kind: 'archive',
    title: `${shown ? labels.searchTitle(query) : labels.search}｜${labels.siteName}`,
    head: [meta('robots', 'noindex, follow')],
    rest: keep ? `search?q=${encodeURIComponent(keep)}` : 'search',
    mainClass: 'archive',
    main: [
      h('h1', keep ? labels.searchTitle(keep) : labels.search),
      searchForm(script, labels, parsed === 'too-long' ? undefined : query),
      ...body,
    ],
    reader: true,
  });
}
