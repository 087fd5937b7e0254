import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { DEFAULT_SCRIPT, langOf, type Script } from '../text/scripts';
import { labelsFor } from './labels';
import { pathIn, QUERY_MAX, searchPath } from './urls';

/** The stylesheet of the page below: a plain file in public/, so the proxy can name it. */
export const NOT_FOUND_STYLESHEET = '/not-found.css';

/**
 * The 404 page the proxy answers with for a path under a script that does not exist, before
 * Next could make and keep anything for it: the page in that script, with a way home and to
 * search. It never repeats the requested path. Next's own 404 page
 * (src/app/global-not-found.tsx) says the same for paths that reach Next.
 */
export function notFoundHtml(script: Script): string {
  const labels = labelsFor(script);
  const page = h('html', { lang: langOf(script) }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'robots', content: 'noindex' }),
      h('title', `${labels.notFoundTitle}｜${labels.siteName}`),
      h('link', { rel: 'stylesheet', href: NOT_FOUND_STYLESHEET }),
    ]),
    h('body', [
      h('main', { id: 'main' }, [
        h('h1', labels.notFoundTitle),
        h('p', labels.notFoundBody),
        h('form', { role: 'search', action: searchPath(script), method: 'get' }, [
          h('label', { htmlFor: 'search-q' }, labels.searchField),
          h('input', { id: 'search-q', type: 'search', name: 'q', maxLength: QUERY_MAX }),
          h('button', { type: 'submit' }, labels.search),
        ]),
        h('p', [h('a', { href: pathIn(script) }, labels.backHome)]),
      ]),
    ]),
  ]);
  return `<!DOCTYPE html>${toHtml(page)}`;
}

/**
 * The page above as a response: status 404, never stored by any cache (what is missing now may
 * exist after the next deploy). The proxy answers unknown paths with it; a route, when a value
 * that passed the proxy names nothing (only without a build manifest, in `next dev`).
 */
export function notFoundResponse(script: Script = DEFAULT_SCRIPT): Response {
  return new Response(notFoundHtml(script), {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}
