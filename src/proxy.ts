import { NextResponse, type NextRequest } from 'next/server';
import { isScript, SCRIPT_COOKIE } from '@/lib/locale';
import { negotiateScript } from '@/lib/negotiate';

/** The request header that tells the 404 page which script to speak. */
export const SCRIPT_HEADER = 'x-script';

/** A path whose last segment has an extension is a file (robots.txt, sitemap.xml, icon.svg). */
const FILE = /\.[a-z0-9]+$/i;

/** True when every percent-escape in `path` decodes. */
function isWellEncoded(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The same path with every `%` that does not decode written as `%25`: `/zh-hans/%ZZ` →
 * `/zh-hans/%25ZZ`, the path taken literally. Escapes that do decode are kept.
 */
function escapeStrayPercents(path: string): string {
  const runs = path.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      decodeURIComponent(run);
      return run;
    } catch {
      return run.replace(/%/g, '%25');
    }
  });
  return runs.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
}

/**
 * Every request but Next's own assets passes here.
 * - A path that does not decode (`/zh-hans/%ZZ`) is sent (308) to its literal form
 *   (`/zh-hans/%25ZZ`), which no page has, so the reader gets the 404 page. Next itself would
 *   answer the undecodable path with a 500.
 * - Files (`/robots.txt`, `/sitemap.xml`, `/icon.svg`) are served as they are.
 * - `/zh-hans/…`, `/zh-hant/…`: served as they are; the script goes along in a request header
 *   for the 404 page, which cannot read the URL.
 * - `/zh-<anything else>/…`: an unknown script is a 404, worded in the reader's script.
 * - any other path, `/` included: 307 to the same path in the reader's script (cookie, then
 *   Accept-Language, then zh-hans), varying on both, never stored by a shared cache.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split('/')[1] ?? '';
  const chosen = () =>
    negotiateScript(
      request.cookies.get(SCRIPT_COOKIE)?.value,
      request.headers.get('accept-language'),
    );
  const withScript = (script: string) => {
    const headers = new Headers(request.headers);
    headers.set(SCRIPT_HEADER, script);
    return { request: { headers } };
  };

  if (!isWellEncoded(pathname)) {
    return NextResponse.redirect(
      new URL(`${escapeStrayPercents(pathname)}${search}`, request.url),
      308,
    );
  }
  if (FILE.test(pathname) && !isScript(first)) return NextResponse.next();
  if (isScript(first) || /^zh-/i.test(first)) {
    return NextResponse.next(withScript(isScript(first) ? first : chosen()));
  }
  const target = new URL(`/${chosen()}${pathname === '/' ? '' : pathname}${search}`, request.url);
  const response = NextResponse.redirect(target, 307);
  response.headers.set('Vary', 'Cookie, Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Everything but Next's own assets, which it serves before any route is matched.
  matcher: ['/((?!_next/).*)'],
};
