import { holds, indexColumns, type Hit, type ParsedQuery, type SearchDoc } from './search';
import type { Db } from './sqlite';

/**
 * The search index, in the archive's database (archive-db.ts): written at build time one
 * article at a time, then read by every origin from disk (only the pages SQLite reads are in
 * memory), whatever the archive's size.
 *
 * - `docs`: each article as a result shows it (SearchDoc, as JSON) under its rank, 0 the newest,
 *   stored as UTF-16 (a BLOB): a results page reads 30 of them, and Chinese text takes 2 bytes a
 *   character in UTF-16 against 3 in UTF-8, and becomes a string without decoding (reading and
 *   parsing a doc: ~30 µs, against ~78 µs as UTF-8 text).
 * - `terms`: an FTS5 index of each article's tokens (search.ts: tokensOf, indexColumns) under
 *   the same rank, in two columns: `text`, the title, the interviewee's name and every
 *   paragraph; `head`, the title and name again, their tokens marked, so that the few articles
 *   whose head holds a term are found without going through all that hold it (at 100,000
 *   articles, the titled results of a common word in 0.2 ms, against 6 ms through a column
 *   filter). It keeps no text of its own (`content=''`), only which articles hold each token and
 *   where: a term is a phrase of its tokens, which FTS5 finds one after another, and
 *   `ORDER BY rowid` is newest first.
 */

const SCHEMA = `
  CREATE TABLE docs (rank INTEGER PRIMARY KEY, doc BLOB NOT NULL);
  CREATE VIRTUAL TABLE terms USING fts5(
    head, text, tokenize = 'ascii', content = '', columnsize = 0
  );
`;

/**
 * Creates the index's tables in a new archive database and returns what adds an article: call it
 * newest first (each article's rank is its place in that order), then `done()`. Transactions
 * are the caller's (the build writes a few hundred articles in each).
 */
export function createSearchIndex(db: Db): { add(doc: SearchDoc): void; done(): number } {
  db.exec(SCHEMA);
  const addDoc = db.prepare('INSERT INTO docs (rank, doc) VALUES (?, ?)');
  const addTerms = db.prepare('INSERT INTO terms (rowid, head, text) VALUES (?, ?, ?)');
  let rank = 0;
  return {
    add(doc) {
      addDoc.run(rank, Buffer.from(JSON.stringify(doc), 'utf16le'));
      const { head, text } = indexColumns(doc);
      addTerms.run(rank, head, text);
      rank++;
    },
    done() {
      db.exec("INSERT INTO terms (terms) VALUES ('optimize')");
      return rank;
    },
  };
}

type Statement = ReturnType<Db['prepare']>;
type Statements = Record<'counting' | 'first' | 'all' | 'docAt', Statement>;

const prepared = new WeakMap<Db, Statements>();

/** The index's queries, prepared once per database. */
function statementsOf(db: Db): Statements {
  let statements = prepared.get(db);
  if (!statements) {
    const match = 'FROM terms WHERE terms MATCH ?';
    statements = {
      counting: db.prepare(`SELECT count(*) AS n ${match}`),
      first: db.prepare(`SELECT rowid AS rank ${match} ORDER BY rowid LIMIT ?`),
      all: db.prepare(`SELECT rowid AS rank ${match} ORDER BY rowid`),
      docAt: db.prepare('SELECT doc FROM docs WHERE rank = ?'),
    };
    prepared.set(db, statements);
  }
  return statements;
}

/** A doc as `docs` keeps it (UTF-16 JSON; node:sqlite gives a Uint8Array, better-sqlite3 a Buffer). */
function docOf(blob: Uint8Array): SearchDoc {
  const text = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength).toString('utf16le');
  return JSON.parse(text) as SearchDoc;
}

/** What a search found: how many articles in all, and the first `limit` of them. */
export type Found = { count: number; hits: Hit[] };

/**
 * Every article holding every term (in its title, the interviewee's name or one paragraph):
 * title and name matches first, then the rest, each group newest first; the first `limit`
 * with their articles.
 */
export function searchIndex(db: Db, query: ParsedQuery, limit: number): Found {
  const { counting, first, all, docAt } = statementsOf(db);
  const matching = (match: string) => (counting.get(match) as { n: number }).n;
  const ranks = (rows: unknown[]) => (rows as { rank: number }[]).map((r) => r.rank);
  const load = (rank: number) => docOf((docAt.get(rank) as { doc: Uint8Array }).doc);
  const every = query.phrases.map((p) => `(${p})`).join(' AND ');
  if (query.exact) {
    // Counted by FTS5 alone; then the title and name matches newest first, then the rest, each
    // query stopping when the page is full. Only the articles shown are loaded.
    const total = matching(every);
    if (total === 0) return { count: 0, hits: [] };
    const inHead = `(${query.headPhrases.join(' OR ')})`;
    const titled = ranks(first.all(`${every} AND ${inHead}`, limit));
    const others =
      titled.length < limit
        ? ranks(first.all(`${every} NOT ${inHead}`, limit - titled.length))
        : [];
    const hits = [...titled, ...others].map((rank, i) => ({
      doc: load(rank),
      inTitle: i < titled.length,
    }));
    return { count: total, hits };
  }
  // Phrases that only narrow the articles down: the terms are looked for in each.
  const titled: Hit[] = [];
  const others: Hit[] = [];
  let count = 0;
  for (const rank of ranks(all.all(every))) {
    const doc = load(rank);
    if (!query.terms.every((t) => holds(doc, t))) continue;
    count++;
    const inTitle = query.terms.some((t) => doc.head.includes(t));
    const group = inTitle ? titled : others;
    if (group.length < limit) group.push({ doc, inTitle });
  }
  return { count, hits: [...titled, ...others].slice(0, limit) };
}
