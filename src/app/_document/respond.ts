import { createHash } from 'node:crypto';
import { DEFAULT_SCRIPT, type Script } from '@/lib/text/scripts';
import { notFoundHtml } from '@/lib/web/not-found';

const HTML = 'text/html; charset=utf-8';

/**
 * A page written by pageDocument. Named by its content (ETag), like Next's own pages, so a
 * cache revalidates with If-None-Match. Without `cacheControl`, Next's own rules apply: a
 * `force-static` route's response is kept, and sent with `s-maxage`.
 */
export function htmlResponse(html: string, cacheControl?: string): Response {
  const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 22)}"`;
  const headers: Record<string, string> = { 'Content-Type': HTML, ETag: etag };
  if (cacheControl) headers['Cache-Control'] = cacheControl;
  return new Response(html, { headers });
}

/**
 * The 404 page in `script` (the proxy's, lib/web/not-found.ts), never stored. The proxy
 * answers unknown paths before they get here; a route answers with this only when there is no
 * build manifest to check (`next dev`) or when a value that passed decodes to nothing.
 */
export function notFoundResponse(script: Script = DEFAULT_SCRIPT): Response {
  return new Response(notFoundHtml(script), {
    status: 404,
    headers: { 'Content-Type': HTML, 'Cache-Control': 'private, no-store' },
  });
}
