/**
 * What a reader's request may carry to Next. Every page, card, feed and file of this site is
 * read with GET (or HEAD); nothing on it takes a body, runs a server action or serves React's
 * RSC payload. Anything else must be answered before Next's response cache is looked up or
 * filled: Next keeps the first response it makes for a page made on request, whatever the
 * method or headers that asked for it (a POST's 405, an OPTIONS 500), and serves it to every
 * reader after.
 */

/** The methods the site answers; every other one gets 405 (`methodNotAllowed`). */
export const READ_METHODS = ['GET', 'HEAD'] as const;

/** True for GET and HEAD (method names are case-sensitive: `get` is not GET). */
export function isReadMethod(method: string): boolean {
  return (READ_METHODS as readonly string[]).includes(method);
}

/**
 * 405 for any method but GET and HEAD, with `Allow`, never stored by any cache. Plain text:
 * no reader's browser sends such a request by following a link or a form of this site.
 */
export function methodNotAllowed(): Response {
  return new Response('Method Not Allowed\n', {
    status: 405,
    headers: {
      Allow: READ_METHODS.join(', '),
      'Cache-Control': 'private, no-store',
      'Content-Type': 'text/plain; charset=utf-8',
    },
  });
}

/**
 * Request headers that only Next's own client router and server actions send (lower case, as
 * `Headers` gives them). Next reads them to answer with something other than the page (an RSC
 * payload, a prefetch, an action's result, a redirect to a cache-busting URL); no page of
 * this site has such a variant, and a browser never sends them here.
 */
export const NEXT_INTERNAL_HEADERS = [
  'rsc',
  'next-action',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-hmr-refresh',
  'next-url',
  'next-test-fetch-priority',
  'x-nextjs-data',
  'x-middleware-prefetch',
  'x-middleware-subrequest',
  'x-prerender-revalidate',
  'x-prerender-revalidate-if-generated',
  'x-next-revalidated-tags',
  'x-next-revalidate-tag-token',
] as const;

/** The names from NEXT_INTERNAL_HEADERS that `headers` carries (empty for a reader's request). */
export function internalHeadersIn(headers: Headers): string[] {
  return NEXT_INTERNAL_HEADERS.filter((name) => headers.has(name));
}

/**
 * 400 for a GET or HEAD that carries NEXT_INTERNAL_HEADERS, never stored. Removing the headers
 * and going on would not do: Next reads some of them (`RSC`) before the proxy runs.
 */
export function notAReaderRequest(): Response {
  return new Response('Bad Request\n', {
    status: 400,
    headers: { 'Cache-Control': 'private, no-store', 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
