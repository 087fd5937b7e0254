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
