import 'server-only';
import { archiveDb } from './archive-store';
import { manifestIn, type Lookups } from './manifest';

/**
 * Under `next dev` there is no build, so no manifest: this one is read from the archive's
 * database made in memory from content/ as it stands (archive-store.ts), so that the proxy
 * gates paths under a script as it does in production. It knows no built files (the proxy lets
 * those through in development). A new article file needs `next dev` started again, as its page
 * does.
 */
export function devManifest(): Lookups {
  return manifestIn(archiveDb());
}
