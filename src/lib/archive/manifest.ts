import type { Outline } from '../content/outline';
import { personId } from '../content/ids';
import { pageCount, parsePageParam } from './pages';

/**
 * What exists, written at build time beside the build: every article's slug with the ids of
 * its share pages, everyone's page, and the files Next makes outside the scripts. Pages made
 * on first request are checked against it before Next makes (and keeps) anything, so that a
 * mistyped or hostile URL gets a 404 that nobody stores, and no URL can fill the disk.
 */
export type Manifest = {
  version: 2;
  /** slug → section ids (`s`) and the interviewee's utterance ids (`q`) */
  articles: Record<string, { s: string[]; q: string[] }>;
  /** the ids of people's pages */
  people: string[];
  /** paths of what the build made outside the scripts (`/robots.txt`, `/styles/….css`) */
  files: string[];
};

/**
 * How many of the newest articles the build makes every page of (articles, share pages,
 * cards, people) ahead: one index page's worth, or `PRERENDER_NEWEST` at build time (0 makes
 * them all on request). The rest are made on first request and kept.
 */
export function prerenderedCount(): number {
  const value = Number(process.env.PRERENDER_NEWEST ?? '30');
  return Number.isInteger(value) && value >= 0 ? value : 30;
}

/**
 * `built`: the paths the build prerendered (the routes of Next's prerender manifest). Those
 * outside the scripts and Next's own (`/_…`) are the site's files: the robots file, the
 * sitemaps, the icon, the stylesheet.
 */
export function buildManifest(outlines: readonly Outline[], built: readonly string[]): Manifest {
  const articles: Manifest['articles'] = {};
  for (const o of outlines) articles[o.source.slug] = { s: o.sections, q: o.quotes };
  const people = [...new Set(outlines.map((o) => personId(o.source.meta.interviewee.name)))];
  const files = built.filter((p) => !/^\/(?:_|zh-)/.test(p)).sort();
  return { version: 2, articles, people, files };
}

const peopleSets = new WeakMap<Manifest, Set<string>>();

/** The manifest's people as a set, made once per manifest. */
function peopleOf(manifest: Manifest): Set<string> {
  let people = peopleSets.get(manifest);
  if (!people) {
    people = new Set(manifest.people);
    peopleSets.set(manifest, people);
  }
  return people;
}

/** A path's segments after the script, decoded; undefined for one that does not decode. */
function segmentsOf(rest: string): string[] | undefined {
  try {
    return rest.split('/').map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

/** Whether `n` names one of the index's later pages (`page/2` up to the last). */
function isLaterPage(manifest: Manifest, n: string | undefined): boolean {
  const page = n === undefined ? undefined : parsePageParam(n);
  return page !== undefined && page <= pageCount(Object.keys(manifest.articles).length);
}

/**
 * Whether a path under a script (`rest`, after `/<script>/`) names something that exists or
 * may be made on request. Paths the build makes in full (the index, search, feeds) and
 * anything this does not know the shape of are Next's to answer: true.
 */
export function exists(manifest: Manifest, rest: string): boolean {
  const parts = segmentsOf(rest);
  if (!parts) return false;
  const [first, second, third, fourth, fifth] = parts;
  if (first === undefined || first === '' || first === 'feed.xml') return parts.length === 1;
  if (first === 'page') return parts.length === 2 && isLaterPage(manifest, second);
  // The search page; its kept results (`search/<query>`) are reached through its `?q=` only.
  if (first === 'search') return parts.length === 1;
  if (first === 'people') return parts.length === 2 && peopleOf(manifest).has(second ?? '');
  const article = Object.hasOwn(manifest.articles, first) ? manifest.articles[first] : undefined;
  if (!article) return false;
  if (parts.length === 1) return true;
  if (parts.length === 2) return second === 'card.png';
  if (second !== 's' && second !== 'q') return false;
  const ids = second === 's' ? article.s : article.q;
  if (!ids.includes(third ?? '')) return false;
  return parts.length === 3 || (parts.length === 4 && fourth === 'card.png' && fifth === undefined);
}
