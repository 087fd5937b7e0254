import 'server-only';
import { personId } from '../content/ids';
import type { Outline } from '../content/outline';
import { namesOf, type Person } from '../content/sources';
import { converterForPeople } from '../text/convert';
import type { Script } from '../text/scripts';
import { archiveDb } from './archive-store';
import { PAGE_SIZE } from './pages';
import type { Db } from './sqlite';

/** An article as the archive lists it, in one script. */
export type Entry = {
  slug: string;
  /** `YYYY-MM-DD` */
  date: string;
  updated?: string;
  title: string;
  publication: string;
  issue: string;
  interviewee: { name: string; role: string; id: string };
  /** The opening the archive shows: the article's description, or its first sentences. */
  summary: string;
};

/**
 * An article as the listing keeps it, in simplified script: an entry before conversion, with
 * everyone the article names (so that their names convert as the page converts them).
 */
type Listed = Entry & { people: Person[] };

/**
 * The archive's listing, in the archive's database (archive-db.ts): every article as the index,
 * people's pages, the feeds and the sitemap list it, under its rank (0 the newest, as search
 * ranks it), with the id of its interviewee's page. A page asks for its rows only: a page of
 * the index for 30 ranks, a person's page for their rows, so no process holds the archive.
 */
const SCHEMA = `
  CREATE TABLE listing (rank INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE,
    person TEXT NOT NULL, entry TEXT NOT NULL);
  CREATE INDEX listing_by_person ON listing (person, rank);
`;

/** One outline as the listing keeps it. */
function listedOf({ source, summary }: Outline): Listed {
  const { slug, meta } = source;
  return {
    slug,
    date: meta.date,
    ...(meta.updated ? { updated: meta.updated } : {}),
    title: meta.title,
    publication: meta.publication,
    issue: meta.issue,
    interviewee: {
      name: meta.interviewee.name,
      role: meta.interviewee.role,
      id: personId(meta.interviewee.name),
    },
    summary,
    people: namesOf(source),
  };
}

/**
 * Creates the listing's table in a new archive database and returns what adds an article: call
 * it newest first (each article's rank is its place in that order). Transactions are the
 * caller's.
 */
export function createListing(db: Db): { add(outline: Outline): void } {
  db.exec(SCHEMA);
  const insert = db.prepare('INSERT INTO listing (rank, slug, person, entry) VALUES (?, ?, ?, ?)');
  let rank = 0;
  return {
    add(outline) {
      const listed = listedOf(outline);
      insert.run(rank++, listed.slug, listed.interviewee.id, JSON.stringify(listed));
    },
  };
}

/** A listed article as an entry in `script`: only the few fields the archive shows are converted. */
function entryOf(json: string, script: Script): Entry {
  const { people, ...listed } = JSON.parse(json) as Listed;
  const convert = converterForPeople(script, people);
  return {
    ...listed,
    title: convert(listed.title),
    publication: convert(listed.publication),
    issue: convert(listed.issue),
    interviewee: {
      ...listed.interviewee,
      name: convert(listed.interviewee.name),
      role: convert(listed.interviewee.role),
    },
    summary: convert(listed.summary),
  };
}

type Row = { entry: string };

const counts = new WeakMap<Db, number>();

/** How many articles the archive has (counted once per database: it is read-only). */
export function entryCount(): number {
  const db = archiveDb();
  let count = counts.get(db);
  if (count === undefined) {
    count = (db.prepare('SELECT count(*) AS n FROM listing').get() as { n: number }).n;
    counts.set(db, count);
  }
  return count;
}

/** The articles ranked `from` to `to` (not included), newest first, in `script`. */
export function entriesAt(script: Script, from: number, to: number): Entry[] {
  const rows = archiveDb()
    .prepare('SELECT entry FROM listing WHERE rank >= ? AND rank < ? ORDER BY rank')
    .all(from, to) as Row[];
  return rows.map((r) => entryOf(r.entry, script));
}

/** How many articles have the interviewee whose page is `id`. */
export function entryCountOf(id: string): number {
  const row = archiveDb().prepare('SELECT count(*) AS n FROM listing WHERE person = ?').get(id);
  return (row as { n: number }).n;
}

/**
 * The articles whose interviewee has the page `id`, newest first, in `script`: the `from`th to
 * the `to`th (not included) of them.
 */
export function entriesOf(script: Script, id: string, from: number, to: number): Entry[] {
  const rows = archiveDb()
    .prepare('SELECT entry FROM listing WHERE person = ? ORDER BY rank LIMIT ? OFFSET ?')
    .all(id, Math.max(0, to - from), from) as Row[];
  return rows.map((r) => entryOf(r.entry, script));
}

/** An article's or a person's day of last change: the article's `updated`, else its `date`. */
const LASTMOD = "coalesce(json_extract(entry, '$.updated'), json_extract(entry, '$.date'))";

/** The articles ranked `from` to `to` (not included): each slug and day of last change. */
export function articleDaysAt(from: number, to: number): { slug: string; lastmod: string }[] {
  return archiveDb()
    .prepare(
      `SELECT slug, ${LASTMOD} AS lastmod FROM listing WHERE rank >= ? AND rank < ? ORDER BY rank`,
    )
    .all(from, to) as { slug: string; lastmod: string }[];
}

/** How many people have a page. */
export function peopleCount(): number {
  const row = archiveDb().prepare('SELECT count(DISTINCT person) AS n FROM listing').get();
  return (row as { n: number }).n;
}

/**
 * The people whose newest interview is the `from`th to the `to`th (not included) of those
 * newest interviews, newest first: each page id and the day that interview last changed.
 */
export function peopleDaysAt(from: number, to: number): { id: string; lastmod: string }[] {
  return archiveDb()
    .prepare(
      `SELECT person AS id, ${LASTMOD} AS lastmod FROM listing
       WHERE rank IN (SELECT min(rank) FROM listing GROUP BY person)
       ORDER BY rank LIMIT ? OFFSET ?`,
    )
    .all(Math.max(0, to - from), from) as { id: string; lastmod: string }[];
}

/**
 * People's later pages (`page` 2 and on of a person's page, PAGE_SIZE interviews each) as rows
 * of `later` (person, newest: the rank of their newest interview, page), for the two queries
 * below: one definition of which pages there are.
 */
const LATER_PAGES = `WITH RECURSIVE later (person, newest, page, last) AS (
    SELECT person, min(rank), 2, (count(*) + ${PAGE_SIZE - 1}) / ${PAGE_SIZE} FROM listing
      GROUP BY person HAVING count(*) > ${PAGE_SIZE}
    UNION ALL
    SELECT person, newest, page + 1, last FROM later WHERE page < last)`;

/**
 * People's later pages in the order of their people's newest interviews, newest first, then by
 * page: the `from`th to the `to`th (not included) of them.
 */
export function personLaterPagesAt(from: number, to: number): { id: string; page: number }[] {
  return archiveDb()
    .prepare(
      `${LATER_PAGES} SELECT person AS id, page FROM later ORDER BY newest, page LIMIT ? OFFSET ?`,
    )
    .all(Math.max(0, to - from), from) as { id: string; page: number }[];
}

/** How many later pages people's pages have in all (someone interviewed 31 to 60 times: one). */
export function personLaterPageCount(): number {
  const row = archiveDb().prepare(`${LATER_PAGES} SELECT count(*) AS n FROM later`).get();
  return (row as { n: number }).n;
}

/** The slugs of the `count` newest articles: the pages the build makes ahead (manifest.ts). */
export function newestSlugs(count: number): string[] {
  const rows = archiveDb()
    .prepare('SELECT slug FROM listing WHERE rank < ? ORDER BY rank')
    .all(count) as { slug: string }[];
  return rows.map((r) => r.slug);
}

/** The page ids of the people interviewed in the `count` newest articles. */
export function newestPeople(count: number): string[] {
  const rows = archiveDb()
    .prepare('SELECT DISTINCT person FROM listing WHERE rank < ? ORDER BY person')
    .all(count) as { person: string }[];
  return rows.map((r) => r.person);
}
