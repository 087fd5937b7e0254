import 'server-only';
import type { Outline } from '../content/outline';
import { createListing } from './entries';
import { createManifest } from './manifest';
import { searchDocOf } from './search';
import { createSearchIndex } from './search-db';
import type { Db } from './sqlite';

/** Articles written per transaction: few enough to hold, many enough to write quickly. */
const BATCH = 500;

/**
 * Writes the archive's tables into a new archive database (archive-db.ts): the listing, the
 * manifest of what exists and the search index, from `outlines` given newest first (their
 * ranks), one at a time, so that a caller streaming them holds one. The files the build made
 * are recorded after it (manifest.ts: recordFiles). Returns how many articles were written.
 */
export function writeArchive(db: Db, outlines: Iterable<Outline>): number {
  const listing = createListing(db);
  const manifest = createManifest(db);
  const search = createSearchIndex(db);
  let written = 0;
  db.exec('BEGIN');
  for (const outline of outlines) {
    listing.add(outline);
    manifest.add(outline);
    search.add(searchDocOf(outline));
    if (++written % BATCH === 0) db.exec('COMMIT; BEGIN');
  }
  db.exec('COMMIT');
  search.done();
  return written;
}
