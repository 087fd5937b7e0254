import type { Outline } from '../content/outline';
import { personId } from '../content/ids';
import { pageCount, parsePageParam } from './pages';
import type { Existing } from '../web/grammar';
import type { Db } from './sqlite';

/**
 * What exists, written at build time into the archive's database (archive-db.ts): every
 * article's slug with the ids of its share pages, everyone's page, and the files Next makes
 * outside the scripts. Pages made on first request are checked against it before Next makes
 * (and keeps) anything, so that a mistyped or hostile URL gets a 404 that nobody stores, and
 * no URL can fill the disk. Each lookup is one row found by its key, whatever the archive's size.
 *
 * - `articles`: slug → section ids (`s`), the interviewee's utterance ids (`q`), and each
 *   paragraph's sentence count by its id (`p`: what passages exist), each as JSON.
 * - `people`: the ids of people's pages, with how many articles each lists.
 * - `files`: paths of what the build made outside the scripts (`/robots.txt`, `/styles/….css`).
 */
const SCHEMA = `
  CREATE TABLE articles (slug TEXT PRIMARY KEY, s TEXT NOT NULL, q TEXT NOT NULL, p TEXT NOT NULL)
    WITHOUT ROWID;
  CREATE TABLE people (id TEXT PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE files (path TEXT PRIMARY KEY) WITHOUT ROWID;
`;

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
 * Creates the manifest's tables in a new archive database and returns what adds an article (its
 * outline). Transactions are the caller's.
 */
export function createManifest(db: Db): { add(outline: Outline): void } {
  db.exec(SCHEMA);
  const addArticle = db.prepare('INSERT INTO articles (slug, s, q, p) VALUES (?, ?, ?, ?)');
  const addPerson = db.prepare(
    'INSERT INTO people (id, articles) VALUES (?, 1) ON CONFLICT (id) DO UPDATE SET articles = articles + 1',
  );
  return {
    add(o) {
      const json = JSON.stringify;
      addArticle.run(o.source.slug, json(o.sections), json(o.quotes), json(o.sentences));
      addPerson.run(personId(o.source.meta.interviewee.name));
    },
  };
}

/**
 * Records what the build made outside the scripts: `built` are the paths it prerendered (the
 * routes of Next's prerender manifest); those outside the scripts and Next's own (`/_…`) are the
 * site's files: the robots file, the sitemaps, the icon, the stylesheet. Run after the pages
 * are made, on the database written before them.
 */
export function recordFiles(db: Db, built: readonly string[]): string[] {
  const files = [...new Set(built.filter((p) => !/^\/(?:_|zh-)/.test(p)))].sort();
  db.exec('DELETE FROM files');
  const add = db.prepare('INSERT INTO files (path) VALUES (?)');
  for (const file of files) add.run(file);
  return files;
}

/** What the manifest says exists, as the URL grammar and the proxy ask it. */
export type Lookups = Existing & { hasFile(path: string): boolean };

const lookups = new WeakMap<Db, Lookups>();

/** The manifest's lookups in `db`, each a prepared query by key (made once per database). */
export function manifestIn(db: Db): Lookups {
  let found = lookups.get(db);
  if (!found) {
    const articleRow = db.prepare('SELECT s, q, p FROM articles WHERE slug = ?');
    const personRow = db.prepare('SELECT articles FROM people WHERE id = ?');
    const fileRow = db.prepare('SELECT 1 AS yes FROM files WHERE path = ?');
    const articles = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    type Row = { s: string; q: string; p: string } | undefined;
    const article = (slug: string) => articleRow.get(slug) as Row;
    const person = (id: string) => personRow.get(id) as { articles: number } | undefined;
    const isPageOf = (n: string, count: number) => {
      const page = parsePageParam(n);
      return page !== undefined && page <= pageCount(count);
    };
    found = {
      isLaterPage: (n) => isPageOf(n, articles),
      hasPerson: (id) => person(id) !== undefined,
      isPersonLaterPage: (id, n) => isPageOf(n, person(id)?.articles ?? 0),
      sectionsOf: (slug) => parsed(article(slug)?.s),
      quotesOf: (slug) => parsed(article(slug)?.q),
      sentencesIn: (slug, block) => {
        const counts = parsed<Record<string, number>>(article(slug)?.p);
        return counts && Object.hasOwn(counts, block) ? counts[block] : undefined;
      },
      hasFile: (path) => fileRow.get(path) !== undefined,
    };
    lookups.set(db, found);
  }
  return found;
}

function parsed<T = string[]>(json: string | undefined): T | undefined {
  return json === undefined ? undefined : (JSON.parse(json) as T);
}
