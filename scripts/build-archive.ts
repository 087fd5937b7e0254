/**
 * Writes the archive's database, `.next/archive.db` (src/lib/archive/archive-db.ts: the
 * listing, the manifest of what exists and the search index), after Next has compiled the site
 * (which empties .next) and before it makes any page: the pages made ahead read it, as every
 * origin does at runtime.
 *
 * It reads the archive twice, one article at a time, holding none: first each article's date
 * (ranks are newest first), then, in that order, each whole, written as rows. The file is
 * written under another name and renamed when complete, so nobody opens half of one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { outlineOf } from '@/lib/content/outline';
import { eachArticleSource } from '@/lib/content/sources';
import { ARCHIVE_DB_FILE, createArchiveDb } from '@/lib/archive/archive-db';
import { writeArchive } from '@/lib/archive/archive-write';
import { newestFirst } from '@/lib/archive/order';

const started = performance.now();
const order = newestFirst(eachArticleSource());
const dated = performance.now();

const partial = `${ARCHIVE_DB_FILE}.partial`;
fs.rmSync(partial, { force: true });
fs.mkdirSync(path.dirname(partial), { recursive: true });
const db = createArchiveDb(partial);
const count = writeArchive(
  db,
  (function* () {
    for (const source of eachArticleSource(undefined, order)) yield outlineOf(source);
  })(),
);
db.close();
fs.renameSync(partial, ARCHIVE_DB_FILE);
console.log(
  `archive database: ${count} articles, ` +
    `${(fs.statSync(ARCHIVE_DB_FILE).size / 2 ** 20).toFixed(1)} MB in ${path.relative(process.cwd(), ARCHIVE_DB_FILE)} ` +
    `(dated in ${((dated - started) / 1000).toFixed(1)} s, read and written in ${((performance.now() - dated) / 1000).toFixed(1)} s)`,
);
