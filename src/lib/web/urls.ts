import type { Script } from '../text/scripts';
import { pathTo, restTo } from './grammar';

/**
 * The site's public origin, for canonical URLs, alternates, the sitemap and JSON-LD. Set
 * `SITE_URL` when building for a real host (pages are prerendered, so it is read at build time).
 */
export const SITE_URL = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

/**
 * The path of a page in a script: the index (`/zh-hant`), an article (`/zh-hant/<slug>`) or
 * another page under the script (`rest` such as `page/2`).
 */
export function pathIn(script: Script, slug?: string): string {
  return slug ? `/${script}/${slug}` : `/${script}`;
}

/** Where a script's index lists its newest articles: page 1 is the index itself. */
export function indexPagePath(script: Script, page: number): string {
  return page <= 1 ? pathTo(script, 'index') : pathTo(script, 'laterPage', { n: String(page) });
}

/**
 * The path of a person's page, after the script: `people/<id>`, the id escaped, or
 * `people/<id>/page/<n>` for its later pages.
 */
export function personRest(id: string, page: number = 1): string {
  return page <= 1
    ? restTo('person', { person: id })
    : restTo('personLaterPage', { person: id, n: String(page) });
}

/** A person's page: every interview with them, page `page` of them. */
export function personPath(script: Script, id: string, page: number = 1): string {
  return `/${script}/${personRest(id, page)}`;
}

/** Longest search query, in characters: the form takes no more, and search refuses more. */
export const QUERY_MAX = 64;

/**
 * What a query's kept results page can carry as its path segment, as it is: none of / \ % ? #,
 * a dot (so no segment is `.` or `..`) or a control character.
 */
const SEGMENT_SAFE = /^[^/\\%?#.\u0000-\u001f\u007f]+$/;

/**
 * The path of the kept results for `query` (`src/app/[script]/search/[query]`, made on its
 * first request), which the proxy answers `/<script>/search?q=<query>` with; undefined for a
 * query rendered per request instead: none, longer than QUERY_MAX (in UTF-16 units), or not
 * SEGMENT_SAFE.
 */
export function keptResultsPath(script: Script, query: string | null): string | undefined {
  const kept = query && query.length <= QUERY_MAX && SEGMENT_SAFE.test(query);
  return kept ? pathTo(script, 'searchResults', { query }) : undefined;
}

/** The search page, with a query if given. */
export function searchPath(script: Script, query?: string): string {
  const base = pathTo(script, 'search');
  return query ? `${base}?q=${encodeURIComponent(query)}` : base;
}

/** A script's feed of its newest articles (RSS 2.0). */
export function feedPath(script: Script): string {
  return pathTo(script, 'feed');
}

/** The absolute URL of a path on this site. */
export function absolute(path: string): string {
  return `${SITE_URL}${path}`;
}

/**
 * `alternates` for a page: itself as canonical, every script (Taiwan's as both `zh-Hant` and
 * `zh-Hant-TW`, Hong Kong's as `zh-Hant-HK`), and as x-default the unprefixed path, which
 * sends each reader to their script.
 */
export function alternatesFor(script: Script, slug?: string) {
  return {
    canonical: absolute(pathIn(script, slug)),
    languages: {
      'zh-Hans': absolute(pathIn('zh-hans', slug)),
      'zh-Hant': absolute(pathIn('zh-hant', slug)),
      'zh-Hant-TW': absolute(pathIn('zh-hant', slug)),
      'zh-Hant-HK': absolute(pathIn('zh-hant-hk', slug)),
      'x-default': absolute(slug ? `/${slug}` : '/'),
    },
  };
}

const OG_LOCALE: Record<Script, string> = {
  'zh-hans': 'zh_CN',
  'zh-hant': 'zh_TW',
  'zh-hant-hk': 'zh_HK',
};

/** The Open Graph locale of a script's pages. */
export function ogLocale(script: Script): string {
  return OG_LOCALE[script];
}

/** A path segment as it was before escaping (`%E5%88%98` → `刘`), or undefined if it does not decode. */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
