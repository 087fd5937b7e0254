import type { Script } from '../text/scripts';
import { parseRange } from './passages';

/**
 * The URL grammar: every kind of page under a script, declared once, by the path after
 * `/<script>/` (`:name` is a parameter, anything else a word of the site's own). Everything else
 * derives from it: the path helpers (`pathTo`, and urls.ts and share.ts on top), whether a path
 * exists before Next makes anything for it (`existsIn`, with what the build's manifest knows:
 * archive/manifest.ts), and the words no article may take as its slug (`RESERVED_WORDS`). Each
 * kind is answered by the route file its pattern names under `src/app/[script]/`
 * (`people/:person` → `people/[person]/route.ts`); tests/lib/web/grammar.test.ts fails for a
 * route file without a kind, or a kind without one. Every page answers GET and HEAD only
 * (lib/web/requests.ts).
 *
 * To add a page: one entry here, one route file.
 */

/** What exists, as the build's manifest knows it (see archive/manifest.ts). */
export type Existing = {
  /** Whether `n` names one of the index's later pages (`2` up to the last). */
  isLaterPage(n: string): boolean;
  hasPerson(id: string): boolean;
  /** Whether `n` names one of the later pages (`2` up to the last) of a person's page. */
  isPersonLaterPage(id: string, n: string): boolean;
  /** An article's section ids, or undefined for no such article. */
  sectionsOf(slug: string): readonly string[] | undefined;
  /** An article's interviewee's utterance ids, or undefined for no such article. */
  quotesOf(slug: string): readonly string[] | undefined;
  /** How many sentences a paragraph of an article has, or undefined for no such paragraph. */
  sentencesIn(slug: string, block: string): number | undefined;
};

type Params = Record<string, string>;

/** A kind of page: its pattern and whether a path of that shape names something that exists. */
export type PageKind = {
  pattern: string;
  exists: (params: Params, existing: Existing) => boolean;
};

const always = () => true;
const isArticle = ({ slug = '' }: Params, e: Existing) => e.sectionsOf(slug) !== undefined;
const isSection = ({ slug = '', section = '' }: Params, e: Existing) =>
  e.sectionsOf(slug)?.includes(section) ?? false;
const isQuote = ({ slug = '', quote = '' }: Params, e: Existing) =>
  e.quotesOf(slug)?.includes(quote) ?? false;
const isPassage = ({ slug = '', block = '', range = '' }: Params, e: Existing) => {
  const sentences = parseRange(range);
  const count = e.sentencesIn(slug, block);
  return sentences !== undefined && count !== undefined && sentences.to <= count;
};

/** Every kind of page under a script; a path takes the first kind that fits it. */
export const PAGE_KINDS = {
  /** The index of the newest articles. */
  index: { pattern: '', exists: always },
  /** The index's later pages. */
  laterPage: { pattern: 'page/:n', exists: ({ n = '' }, e) => e.isLaterPage(n) },
  /** The RSS feed of the newest articles. */
  feed: { pattern: 'feed.xml', exists: always },
  /** The search form, and its results for `?q=` (rendered on request). */
  search: { pattern: 'search', exists: always },
  /** A query's results, kept: reached through `search?q=` only (the proxy's rewrite). */
  searchResults: { pattern: 'search/:query', exists: () => false },
  /** Everyone's page: every interview with them, the newest first. */
  person: { pattern: 'people/:person', exists: ({ person = '' }, e) => e.hasPerson(person) },
  /** Its later pages, for someone interviewed more often than one page lists. */
  personLaterPage: {
    pattern: 'people/:person/page/:n',
    exists: ({ person = '', n = '' }, e) => e.isPersonLaterPage(person, n),
  },
  article: { pattern: ':slug', exists: isArticle },
  articleCard: { pattern: ':slug/card.png', exists: isArticle },
  /** A section's share page, and its card. */
  section: { pattern: ':slug/s/:section', exists: isSection },
  sectionCard: { pattern: ':slug/s/:section/card.png', exists: isSection },
  /** A quotation's share page, and its card. */
  quote: { pattern: ':slug/q/:quote', exists: isQuote },
  quoteCard: { pattern: ':slug/q/:quote/card.png', exists: isQuote },
  /** A passage's share page (a paragraph's sentences, see passages.ts), and its card. */
  passage: { pattern: ':slug/p/:block/:range', exists: isPassage },
  passageCard: { pattern: ':slug/p/:block/:range/card.png', exists: isPassage },
} as const satisfies Record<string, PageKind>;

export type PageKindName = keyof typeof PAGE_KINDS;

const KINDS = Object.entries(PAGE_KINDS) as [PageKindName, PageKind][];

/** The segments of a pattern. */
const segmentsOf = (pattern: string) => pattern.split('/');

/**
 * The words of the site's own that stand first in a path under a script and could be an
 * article's slug (`page`, `search`, `people`): no article may take one.
 */
export const RESERVED_WORDS: readonly string[] = [
  ...new Set(KINDS.map(([, kind]) => segmentsOf(kind.pattern)[0] ?? '')),
].filter((word) => /^[a-z0-9-]+$/.test(word));

/**
 * The kind of page a path after the script names (`rest`, as requested: percent-escapes
 * decoded here) and its parameters, or undefined for a path of no kind's shape or one that
 * does not decode.
 */
export function matchPath(rest: string): { name: PageKindName; params: Params } | undefined {
  let parts: string[];
  try {
    parts = rest.split('/').map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
  for (const [name, kind] of KINDS) {
    const pattern = segmentsOf(kind.pattern);
    if (pattern.length !== parts.length) continue;
    const params: Params = {};
    const fits = pattern.every((segment, i) => {
      const part = parts[i] as string;
      if (!segment.startsWith(':')) return segment === part;
      params[segment.slice(1)] = part;
      return part !== '';
    });
    if (fits) return { name, params };
  }
  return undefined;
}

/** Whether a path after the script names a page that exists, or may be made on request. */
export function existsIn(existing: Existing, rest: string): boolean {
  const match = matchPath(rest);
  return match !== undefined && PAGE_KINDS[match.name].exists(match.params, existing);
}

/** The path after the script of a page of kind `name`, its parameters escaped. */
export function restTo(name: PageKindName, params: Params = {}): string {
  return segmentsOf(PAGE_KINDS[name].pattern)
    .map((segment) => {
      if (!segment.startsWith(':')) return segment;
      const value = params[segment.slice(1)];
      if (value === undefined) throw new Error(`restTo(${name}): no "${segment.slice(1)}"`);
      return encodeURIComponent(value);
    })
    .join('/');
}

/** The path of a page of kind `name` in `script`, its parameters escaped. */
export function pathTo(script: Script, name: PageKindName, params: Params = {}): string {
  const rest = restTo(name, params);
  return rest === '' ? `/${script}` : `/${script}/${rest}`;
}
