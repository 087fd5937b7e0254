import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { readArchiveDb } from './archive-db';
import { manifestIn, type Lookups } from './manifest';

/**
 * The build's manifest (manifest.ts), in the archive's database opened once per process; null
 * without one (`next dev`). This module imports nothing heavy: the proxy runs it on every
 * request.
 */
export function readManifest(): Lookups | null {
  const db = readArchiveDb();
  return db ? manifestIn(db) : null;
}

const PUBLIC_DIR = path.join(process.cwd(), 'public');

/**
 * Whether `pathname` (as requested, percent-encoded) names a file in public/, which Next serves
 * as it is: looked up on disk, so that a file put there after the build counts too. Nothing
 * outside public/ is ever looked at.
 */
export function isPublicFile(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const file = path.join(PUBLIC_DIR, decoded);
  if (!file.startsWith(PUBLIC_DIR + path.sep)) return false;
  try {
    return fs.statSync(/*turbopackIgnore: true*/ file).isFile();
  } catch {
    return false;
  }
}
