import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { perProcess } from '../memo/per-process';
import { openDb, type Db } from './sqlite';

/**
 * What the build writes beside itself for every origin to read: one SQLite file holding the
 * manifest of what exists (manifest.ts: the proxy checks paths against it) and the search index
 * (search-db.ts), each in tables of its own. Origins open it read-only and look things up by
 * key, so an origin's memory does not grow with the archive.
 */
export const ARCHIVE_DB_FILE = path.join(process.cwd(), '.next', 'archive.db');

/** The version of the file's tables, checked when an origin opens it. */
const VERSION = '6';

/** A new, empty archive database at `file` (':memory:' for one of this process only). */
export function createArchiveDb(file: string): Db {
  const db = openDb(file);
  db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID');
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('version', VERSION);
  return db;
}

/**
 * The build's archive database, opened read-only once per process; null when there is none
 * (`next dev`, or `next build` run alone). A file of another version is an error.
 */
export function readArchiveDb(): Db | null {
  return perProcess('archive/db', () => {
    if (!fs.existsSync(/*turbopackIgnore: true*/ ARCHIVE_DB_FILE)) return null;
    const db = openDb(ARCHIVE_DB_FILE, { readonly: true });
    const row = db.prepare("SELECT value FROM meta WHERE key = 'version'").get();
    if ((row as { value: string } | undefined)?.value !== VERSION) {
      throw new Error(`${ARCHIVE_DB_FILE}: not version ${VERSION} (run npm run build)`);
    }
    return db;
  });
}
