import type { Outline } from '../content/outline';
import { personId } from '../content/ids';
import { pageCount, parsePageParam } from './pages';
import { existsIn, type Existing } from '../web/grammar';

/**
 * What exists, written at build time beside the build: every article's slug with the ids of
 * its share pages, everyone's page, and the files Next makes outside the scripts. Pages made
 * on first request are checked against it before Next makes (and keeps) anything, so that a
 * mistyped or hostile URL gets a 404 that nobody stores, and no URL can fill the disk.
 */
export type Manifest = {
  version: 3;
  /**
   * slug → section ids (`s`), the interviewee's utterance ids (`q`), and each paragraph's
   * sentence count by its id (`p`: what passages exist)
   */
  articles: Record<string, { s: string[]; q: string[]; p: Record<string, number> }>;
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
  for (const o of outlines)
    articles[o.source.slug] = { s: o.sections, q: o.quotes, p: o.sentences };
  const people = [...new Set(outlines.map((o) => personId(o.source.meta.interviewee.name)))];
  const files = built.filter((p) => !/^\/(?:_|zh-)/.test(p)).sort();
  return { version: 3, articles, people, files };
}

const lookups = new WeakMap<Manifest, Existing>();

/** What the manifest says exists, as the URL grammar asks it (made once per manifest). */
function existingIn(manifest: Manifest): Existing {
  let existing = lookups.get(manifest);
  if (!existing) {
    const people = new Set(manifest.people);
    const pages = pageCount(Object.keys(manifest.articles).length);
    const article = (slug: string) =>
      Object.hasOwn(manifest.articles, slug) ? manifest.articles[slug] : undefined;
    existing = {
      isLaterPage: (n) => {
        const page = parsePageParam(n);
        return page !== undefined && page <= pages;
      },
      hasPerson: (id) => people.has(id),
      sectionsOf: (slug) => article(slug)?.s,
      quotesOf: (slug) => article(slug)?.q,
      sentencesIn: (slug, block) => {
        const counts = article(slug)?.p;
        return counts && Object.hasOwn(counts, block) ? counts[block] : undefined;
      },
    };
    lookups.set(manifest, existing);
  }
  return existing;
}

/**
 * Whether a path under a script (`rest`, after `/<script>/`) names something that exists or
 * may be made on request, by the URL grammar (web/grammar.ts): a path of no kind's shape does
 * not.
 */
export function exists(manifest: Manifest, rest: string): boolean {
  return existsIn(existingIn(manifest), rest);
}
