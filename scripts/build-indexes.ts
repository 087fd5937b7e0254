/**
 * Writes what every origin reads at runtime beside the build: the search index
 * (.next/search-index.json) and the manifest of what exists (.next/archive-manifest.json,
 * which the proxy checks pages made on request against). `npm run build` runs it after
 * `next build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getOutlines } from '@/lib/content/outline';
import { buildManifest } from '@/lib/archive/manifest';
import { MANIFEST_FILE } from '@/lib/archive/manifest-store';
import { buildSearchIndex } from '@/lib/archive/search';
import { SEARCH_INDEX_FILE } from '@/lib/archive/search-store';
import { isKeptPath, KEPT_DIR } from '@/lib/web/kept-files';

const started = performance.now();
const outlines = getOutlines();
const parsed = performance.now();

/** Writes `data` as JSON to `file`; returns its size in KB. */
function write(file: string, data: unknown): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(data));
  return `${(fs.statSync(file).size / 1024).toFixed(0)} KB in ${path.relative(process.cwd(), file)}`;
}

const index = buildSearchIndex(outlines);
console.log(
  `search index: ${index.docs.length} articles, ${Object.keys(index.keys).length} keys, ${write(SEARCH_INDEX_FILE, index)}`,
);
// What `next build` prerendered: its own manifest, which the site's files outside the scripts
// (robots.txt, sitemaps, the icon, the stylesheet) are read from.
const prerendered = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), '.next', 'prerender-manifest.json'), 'utf8'),
) as { routes: Record<string, unknown> };
const manifest = buildManifest(outlines, Object.keys(prerendered.routes));
console.log(
  `manifest: ${manifest.people.length} people, ${manifest.files.length} files, ${write(MANIFEST_FILE, manifest)}`,
);
// The stylesheet and the reader's code exactly as their routes serve them (Next wrote each
// prerendered route's body beside it), kept under .next/static where a deploy keeps them.
for (const file of manifest.files.filter(isKeptPath)) {
  const body = path.join(process.cwd(), '.next', 'server', 'app', `${file}.body`);
  if (!fs.existsSync(body)) throw new Error(`${file}: next build wrote no ${body} to keep`);
  fs.mkdirSync(path.dirname(path.join(KEPT_DIR, file)), { recursive: true });
  fs.copyFileSync(body, path.join(KEPT_DIR, file));
  console.log(`kept ${file} in ${path.relative(process.cwd(), KEPT_DIR)}`);
}
console.log(
  `(${outlines.length} articles read in ${((parsed - started) / 1000).toFixed(1)} s, ` +
    `indexes in ${((performance.now() - parsed) / 1000).toFixed(1)} s)`,
);
