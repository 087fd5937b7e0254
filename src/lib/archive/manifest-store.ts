import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from './manifest';

/**
 * Where the build writes the manifest (see manifest.ts; scripts/build-indexes.ts writes it).
 * This module reads it, and imports nothing heavy: the proxy runs it on every request.
 */
export const MANIFEST_FILE = path.join(process.cwd(), '.next', 'archive-manifest.json');

let loaded: Manifest | null | undefined;

/** The build's manifest, read once per process; null without one (`next dev`). */
export function readManifest(): Manifest | null {
  if (loaded !== undefined) return loaded;
  loaded = fs.existsSync(/*turbopackIgnore: true*/ MANIFEST_FILE)
    ? (JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ MANIFEST_FILE, 'utf8')) as Manifest)
    : null;
  return loaded;
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
