import { NextResponse, type NextRequest } from 'next/server';
import { isScript, SCRIPT_COOKIE } from '@/lib/locale';
import { negotiateScript } from '@/lib/negotiate';

/** The request header that tells the 404 page which script to speak. */
export const SCRIPT_HEADER = 'x-script';

/**
 * Every page URL passes here.
 * - `/zh-hans/…`, `/zh-hant/…`: served as they are; the script goes along in a request header
 *   for the 404 page, which cannot read the URL.
 * - `/zh-<anything else>/…`: an unknown script is a 404, worded in the reader's script.
 * - any other path, `/` included: 307 to the same path in the reader's script (cookie, then
 *   Accept-Language, then zh-hans), varying on both.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split('/')[1] ?? '';
  const chosen = () =>
    negotiateScript(
      request.cookies.get(SCRIPT_COOKIE)?.value,
      request.headers.get('accept-language'),
    );

  if (isScript(first) || /^zh-/i.test(first)) {
    const headers = new Headers(request.headers);
    headers.set(SCRIPT_HEADER, isScript(first) ? first : chosen());
    return NextResponse.next({ request: { headers } });
  }
  const target = new URL(`/${chosen()}${pathname === '/' ? '' : pathname}${search}`, request.url);
  const response = NextResponse.redirect(target, 307);
  response.headers.set('Vary', 'Cookie, Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Pages only: not Next's assets, nor files with an extension (robots.txt, sitemap.xml, icons).
  matcher: ['/((?!_next/|.*\\.[a-z0-9]+$).*)'],
};
