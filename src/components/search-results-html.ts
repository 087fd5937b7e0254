import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ResultView } from '@/lib/archive/results';
import { dayText } from '@/lib/web/dates';
import type { Labels } from '@/lib/web/labels';

/**
 * Search results as static HTML (placed by StaticHtml, as the article is): each article's
 * title linking to the paragraph that matched, its day and interviewee, and the words around
 * the match with the match in `<mark>`. Built as a syntax tree and serialised by
 * hast-util-to-html, which escapes every text: a query never becomes markup. Written once, not
 * again in the page's RSC data, and never hydrated.
 */
export function searchResultsHtml(
  results: readonly ResultView[],
  total: number,
  labels: Labels,
): string {
  if (total === 0) return toHtml(h('p', { className: 'search-note' }, labels.noResults));
  return toHtml(
    h(null, [
      h('p', { className: 'search-note', role: 'status' }, labels.resultCount(total)),
      h(
        'ol',
        { className: 'entry-list search-results' },
        results.map((result) =>
          h('li', [
            h('h2', { className: 'entry-title' }, [h('a', { href: result.href }, result.title)]),
            h('p', { className: 'entry-meta' }, [
              `${result.interviewee} · `,
              h('time', { dateTime: result.date }, dayText(result.date)),
            ]),
            h(
              'p',
              { className: 'entry-summary' },
              result.snippet.map((part) => (part.mark ? h('mark', part.text) : part.text)),
            ),
          ]),
        ),
      ),
    ]),
  );
}
