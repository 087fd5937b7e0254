/**
 * `npm run import-seed`: rebuilds content/<slug>.md from ../shared/seed/ (see
 * scripts/importer/). Prints what it wrote; `--check` writes nothing and fails when the
 * committed file differs from what the seed gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importSeed } from './importer/import-seed';

export const SEED_FILE = path.resolve(__dirname, '../../shared/seed/000_a7ac5311f4bac2e1.txt');
export const CONTENT_FILE = path.resolve(__dirname, '../content/liu-qingfeng-general-ai.md');

const markdown = importSeed(fs.readFileSync(SEED_FILE, 'utf8'));
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(CONTENT_FILE) ? fs.readFileSync(CONTENT_FILE, 'utf8') : '';
  if (committed !== markdown) {
    console.error(`${path.relative(process.cwd(), CONTENT_FILE)} differs from what the seed gives`);
    process.exit(1);
  }
  console.log('content matches the seed');
} else {
  fs.writeFileSync(CONTENT_FILE, markdown);
  console.log(`wrote ${path.relative(process.cwd(), CONTENT_FILE)}`);
}
