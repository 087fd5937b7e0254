import 'server-only';
import { getOutlines } from '../content/outline';
import { perProcess } from '../memo/per-process';
import { ARCHIVE_DB_FILE, createArchiveDb, readArchiveDb } from './archive-db';
import { writeArchive } from './archive-write';
import { byNewest } from './order';
import type { Db } from './sqlite';

const newest = (a: { source: { slug: string; meta: { date: string } } }) => ({
  slug: a.source.slug,
  date: a.source.meta.date,
});

/**
 * The archive's database this process reads: the build's (archive-db.ts), which `npm run build`
 * writes before Next makes any page. Without one (`next dev`, a test, `next build` run alone)
 * one is made in memory from content/ on first use, with a warning: every article parsed, so
 * only for archives that fit.
 */
export function archiveDb(): Db {
  return (
    readArchiveDb() ??
    perProcess('archive/db-from-content', () => {
      console.warn(`${ARCHIVE_DB_FILE} is missing (run npm run build): reading content/ now`);
      const db = createArchiveDb(':memory:');
      const outlines = [...getOutlines()].sort((a, b) => byNewest(newest(a), newest(b)));
      writeArchive(db, outlines);
      return db;
    })
  );
}
