import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ResultView } from '@/lib/archive/results';
import { dayText } from '@/lib/web/dates';
import type { Labels } from '@/lib/web/labels';

/**
 * Search results as an HTML syntax tree: each article's title linking to the paragraph that
 * matched, its day and interviewee, and the words around the match with the match in
 * `<mark>`. The page's document serialises it and escapes every text: a query never becomes
 * markup.
 */
export function searchResults(
  results: readonly ResultView[],
  total: number,
  labels: Labels,
): Element[] {
  if (total === 0) return [h('p', { className: 'search-note' }, labels.noResults)];
  return [
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
  ];
}
