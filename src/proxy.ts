import { NextResponse, type NextRequest } from 'next/server';
import { isScript } from '@/lib/text/scripts';
import { SCRIPT_COOKIE } from '@/lib/web/cookie';
import { negotiateScript } from '@/lib/web/negotiate';

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
 * Requests that may need a decision before Next routes them (see `config.matcher`):
 * - A path that does not decode (`/zh-hans/%ZZ`) is sent (308) to its literal form
 *   (`/zh-hans/%25ZZ`), which no page has, so the reader gets the 404 page. Next itself would
 *   answer the undecodable path with a 500.
 * - Files and paths under a script prefix, known (`/zh-hant`) or not (`/zh-xx/…`, a 404), go on.
 * - Any other path, `/` included: 307 to the same path in the reader's script (cookie, then
 *   Accept-Language, then zh-hans), varying on both, never stored by a shared cache.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isWellEncoded(pathname)) {
    const literal = new URL(`${escapeStrayPercents(pathname)}${search}`, request.url);
    return NextResponse.redirect(literal, 308);
  }
  const first = pathname.split('/')[1] ?? '';
  // Files, and anything under /images/ (article images: a missing one is a 404, never a
  // redirect, which Next's image optimiser would pass on as its own failure).
  if (FILE.test(pathname) || first === 'images' || isScript(first) || /^zh-/i.test(first)) {
    return NextResponse.next();
  }

  const script = negotiateScript(
    request.cookies.get(SCRIPT_COOKIE)?.value,
    request.headers.get('accept-language'),
  );
  const target = new URL(`/${script}${pathname === '/' ? '' : pathname}${search}`, request.url);
  const response = NextResponse.redirect(target, 307);
  response.headers.set('Vary', 'Cookie, Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Not Next's own assets, and not a plain path under a script (`/zh-hans/<slug>`): those are
  // the pages readers load, served straight from the prerendered output without this detour.
  // A path under a script that holds a `%` still comes here, in case it does not decode.
  matcher: ['/((?!_next/|zh-han[st](?:-hk)?/[^%]*$).*)'],
};
