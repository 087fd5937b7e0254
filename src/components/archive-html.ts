import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Entry } from '@/lib/archive/entries';
import type { Script } from '@/lib/text/scripts';
import { dayText } from '@/lib/web/dates';
import type { Labels } from '@/lib/web/labels';
import { pathIn, personPath, QUERY_MAX, searchPath } from '@/lib/web/urls';

/**
 * The archive's parts as HTML syntax trees (hast, serialised by the page's document, which
 * escapes every text): the list of articles, the links between pages, the search form. Plain
 * links and a plain GET form: no client code.
 */

/**
 * Articles as the archive lists them: title, interviewee (linking to their page) and role,
 * publication and issue, the day, and the opening.
 */
export function entryList(script: Script, entries: readonly Entry[]): Element {
  return h(
    'ol',
    { className: 'entry-list' },
    entries.map((entry) =>
      h('li', [
        h('h2', { className: 'entry-title' }, [
          h('a', { href: pathIn(script, entry.slug) }, entry.title),
        ]),
        h('p', { className: 'entry-meta' }, [
          h('a', { href: personPath(script, entry.interviewee.id) }, entry.interviewee.name),
          `，${entry.interviewee.role} · 《${entry.publication}》${entry.issue} · `,
          h('time', { dateTime: entry.date }, dayText(entry.date)),
        ]),
        h('p', { className: 'entry-summary' }, entry.summary),
      ]),
    ),
  );
}

/**
 * Links to the newer and older pages of a list: `head` has them as `<link rel="prev|next">`
 * for the document's head, `nav` as links for readers (with the same `rel`), or undefined when
 * there is one page only.
 */
export function pagination(
  page: number,
  pages: number,
  hrefOf: (page: number) => string,
  labels: Labels,
): { head: Element[]; nav?: Element } {
  if (pages <= 1) return { head: [] };
  const previous = page > 1 ? hrefOf(page - 1) : undefined;
  const next = page < pages ? hrefOf(page + 1) : undefined;
  const links = (tag: 'link' | 'a') => ({
    prev: previous
      ? [h(tag, { rel: 'prev', href: previous }, tag === 'a' ? labels.previousPage : [])]
      : [],
    next: next ? [h(tag, { rel: 'next', href: next }, tag === 'a' ? labels.nextPage : [])] : [],
  });
  const head = links('link');
  const nav = links('a');
  return {
    head: [...head.prev, ...head.next],
    nav: h('nav', { className: 'pagination', ariaLabel: labels.pageOf(page, pages) }, [
      ...nav.prev,
      h('span', { className: 'page-of' }, labels.pageOf(page, pages)),
      ...nav.next,
    ]),
  };
}

/** A plain GET form to the script's search page, `query` in its field: it works without JavaScript. */
export function searchForm(script: Script, labels: Labels, query?: string): Element {
  return h(
    'form',
    { className: 'search-form', role: 'search', action: searchPath(script), method: 'get' },
    [
      h('label', { className: 'visually-hidden', htmlFor: 'search-q' }, labels.searchField),
      h('input', {
        id: 'search-q',
        type: 'search',
        name: 'q',
        value: query,
        placeholder: labels.searchField,
        maxLength: QUERY_MAX,
        autoComplete: 'off',
      }),
      h('button', { type: 'submit' }, labels.search),
    ],
  );
}
