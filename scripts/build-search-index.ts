/**
 * Writes the search index of content/ beside the build (.next/search-index.json), which every
 * origin reads at runtime. `npm run build` runs it after `next build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SEARCH_INDEX_FILE, writeSearchIndex } from '@/lib/archive/search-store';

const started = performance.now();
const index = writeSearchIndex();
const bytes = fs.statSync(SEARCH_INDEX_FILE).size;
console.log(
  `search index: ${index.docs.length} articles, ${Object.keys(index.keys).length} keys, ` +
    `${(bytes / 1024).toFixed(0)} KB in ${path.relative(process.cwd(), SEARCH_INDEX_FILE)} ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
