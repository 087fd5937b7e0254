import { createHash } from 'node:crypto';

/**
 * A page written by pageDocument. Named by its content (ETag), like Next's own pages, so a
 * cache revalidates with If-None-Match. Without `cacheControl`, Next's own rules apply: a
 * `force-static` route's response is kept, and sent with `s-maxage`.
 */
export function htmlResponse(html: string, cacheControl?: string): Response {
  const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 22)}"`;
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    ETag: etag,
  };
  if (cacheControl) headers['Cache-Control'] = cacheControl;
  return new Response(html, { headers });
}
