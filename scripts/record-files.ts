/**
 * After Next has made the pages: records in the archive's database the files it made outside
 * the scripts (the proxy lets only those through), and keeps the stylesheet and the reader's
 * code exactly as their routes serve them under .next/static, where a deploy keeps them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVE_DB_FILE } from '@/lib/archive/archive-db';
import { recordFiles } from '@/lib/archive/manifest';
import { openDb } from '@/lib/archive/sqlite';
import { isKeptPath, KEPT_DIR } from '@/lib/web/kept-files';

// What `next build` prerendered: its own manifest, which the site's files outside the scripts
// (robots.txt, sitemaps, the icon, the stylesheet) are read from.
const prerendered = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), '.next', 'prerender-manifest.json'), 'utf8'),
) as { routes: Record<string, unknown> };
const db = openDb(ARCHIVE_DB_FILE);
const files = recordFiles(db, Object.keys(prerendered.routes));
db.close();
console.log(`archive database: ${files.length} files the build made`);
// Next wrote each prerendered route's body beside it.
for (const file of files.filter(isKeptPath)) {
  const body = path.join(process.cwd(), '.next', 'server', 'app', `${file}.body`);
  if (!fs.existsSync(body)) throw new Error(`${file}: next build wrote no ${body} to keep`);
  fs.mkdirSync(path.dirname(path.join(KEPT_DIR, file)), { recursive: true });
  fs.copyFileSync(body, path.join(KEPT_DIR, file));
  console.log(`kept ${file} in ${path.relative(process.cwd(), KEPT_DIR)}`);
}
