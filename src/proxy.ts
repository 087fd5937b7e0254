import { NextResponse, type NextRequest } from 'next/server';
import { isPublicFile, readManifest } from '@/lib/archive/manifest-store';
import { isScript } from '@/lib/text/scripts';
import { existsIn, restTo } from '@/lib/web/grammar';
import { SCRIPT_COOKIE } from '@/lib/web/cookie';
import { readKeptFile } from '@/lib/web/kept-files';
import { keptResultsPath } from '@/lib/web/urls';
import { negotiateScript } from '@/lib/web/negotiate';
import { notFoundResponse } from '@/app/_document/not-found';
import {
  internalHeadersIn,
  isReadMethod,
  methodNotAllowed,
  notAReaderRequest,
} from '@/lib/web/requests';

/** A path whose last segment has an extension is a file (robots.txt, sitemap.xml, icon.svg). */
const FILE = /\.[a-z0-9]+$/i;

/** The search page's path after the script. */
const SEARCH = restTo('search');

/** The script the reader chose (cookie) or their browser asks for (Accept-Language). */
function readerScript(request: NextRequest) {
  return negotiateScript(
    request.cookies.get(SCRIPT_COOKIE)?.value,
    request.headers.get('accept-language'),
  );
}

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
 * The 404 page in the reader's script, never stored: answered here, where it is known, rather
 * than by rewriting to a path Next would route again only to 404. It says what Next's own 404
 * page (src/app/global-not-found.tsx) says.
 */
function notFound(request: NextRequest) {
  return notFoundResponse(readerScript(request));
}

/**
 * What exists under `next dev`, where no build wrote a manifest: made from content/ (loaded
 * only there, so the production proxy never carries the parser).
 */
async function manifestForDevelopment() {
  if (process.env.NODE_ENV !== 'development') return null;
  const { devManifest } = await import('@/lib/archive/dev-manifest');
  return devManifest();
}

/**
 * Requests that may need a decision before Next routes them (see `config.matcher`):
 * - Any method but GET and HEAD gets 405, and a request with the headers only Next's client
 *   router and server actions send gets 400 (lib/web/requests.ts), both never stored: Next
 *   keeps the first response it makes for a page made on request, whatever asked for it.
 * - A path that does not decode (`/zh-hans/%ZZ`) is sent (308) to its literal form
 *   (`/zh-hans/%25ZZ`), which no page has, so the reader gets the 404 page. Next itself would
 *   answer the undecodable path with a 500.
 * - A path under a script goes on if the build's manifest says it exists (see
 *   lib/archive/manifest.ts); an unknown one, or one under a script that does not exist
 *   (`/zh-xx/…`), gets the 404 page in the reader's script: never stored, and never made by
 *   Next, which would keep it.
 * - A search with a query a path segment can carry as it is (`keptResultsPath`) is rewritten
 *   to that query's results, made on its first request and kept (`search/[query]`): a page
 *   rendered per request costs the origin 7–16 ms, a kept one ~3 ms (bench/RESULTS.md, the
 *   archive at 1,000 to 100,000, December 2026). Other queries, and the form alone, are
 *   rendered per request (`search`). The results are the same on every origin: they come
 *   from the build's index. Done here rather than as a `rewrites()` rule in
 *   next.config.ts: Next compiles such a rule on every request to every route (~5% of a kept
 *   page's server time).
 * - Files and images go on if the build made them or public/ holds them; an earlier
 *   release's stylesheet or reader's code is answered from what the deploy kept
 *   (lib/web/kept-files.ts); others get the 404 page.
 * - Any other path, `/` included: 307 to the same path in the reader's script (cookie, then
 *   Accept-Language, then zh-hans), varying on both, never stored by a shared cache.
 */
export async function proxy(request: NextRequest) {
  // First, before anything can be made or kept: only a reader's GET or HEAD reaches Next.
  if (!isReadMethod(request.method)) return methodNotAllowed();
  if (internalHeadersIn(request.headers).length > 0) return notAReaderRequest();
  const { pathname, search } = request.nextUrl;
  if (!isWellEncoded(pathname)) {
    const literal = new URL(`${escapeStrayPercents(pathname)}${search}`, request.url);
    return NextResponse.redirect(literal, 308);
  }
  const first = pathname.split('/')[1] ?? '';
  // Under a script, pages made on first request (articles past the newest, share pages,
  // cards, people) must exist before Next makes and keeps them: anything else gets the 404
  // page, which nobody stores. So does a script that does not exist (`/zh-xx/…`).
  if (isScript(first) || /^zh-/i.test(first)) {
    const manifest = readManifest() ?? (await manifestForDevelopment());
    const rest = pathname.slice(first.length + 2);
    if (!isScript(first) || (manifest && !existsIn(manifest, rest))) return notFound(request);
    const kept = rest === SEARCH && keptResultsPath(first, request.nextUrl.searchParams.get('q'));
    return kept ? NextResponse.rewrite(new URL(kept, request.url)) : NextResponse.next();
  }
  // Files, and anything under /images/ (article images: a missing one is a 404, never a
  // redirect, which Next's image optimiser would pass on as its own failure). Only those that
  // exist reach Next: any other path would match the `[script]` routes, and Next would make
  // and keep what they answer.
  if (FILE.test(pathname) || first === 'images') {
    const manifest = readManifest();
    if (!manifest || manifest.hasFile(pathname) || isPublicFile(pathname)) {
      return NextResponse.next();
    }
    // An earlier release's stylesheet or reader's code, kept by the deploy.
    const kept = readKeptFile(pathname);
    if (kept) {
      return new NextResponse(new Uint8Array(kept.body), {
        headers: {
          'Content-Type': kept.type,
          'Cache-Control': 'public, max-age=31536000, immutable',
        },
      });
    }
    return notFound(request);
  }

  const script = readerScript(request);
  const target = new URL(`/${script}${pathname === '/' ? '' : pathname}${search}`, request.url);
  const response = NextResponse.redirect(target, 307);
  response.headers.set('Vary', 'Cookie, Accept-Language');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Everything but Next's own assets: paths under a script are checked against the build's
  // manifest before anything is made on request.
  matcher: ['/((?!_next/).*)'],
};
