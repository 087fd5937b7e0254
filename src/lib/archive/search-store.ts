import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { getOutlines } from '../content/outline';
import { perProcess } from '../memo/per-process';
import { buildSearchIndex, type SearchIndex } from './search';

/** Where the build writes the index: beside the build it belongs to. */
export const SEARCH_INDEX_FILE = path.join(process.cwd(), '.next', 'search-index.json');

/**
 * The index this origin searches, read once per process from the build. Without one (`next
 * dev`, or `next build` run alone) it is made from content/ on first use, with a warning.
 */
export function getSearchIndex(): SearchIndex {
  return perProcess('archive/search-index', () => {
    if (fs.existsSync(/*turbopackIgnore: true*/ SEARCH_INDEX_FILE)) {
      const index = JSON.parse(
        fs.readFileSync(/*turbopackIgnore: true*/ SEARCH_INDEX_FILE, 'utf8'),
      );
      if (index?.version !== 2) throw new Error(`${SEARCH_INDEX_FILE}: unknown index version`);
      return index as SearchIndex;
    }
    console.warn(`${SEARCH_INDEX_FILE} is missing (run npm run build): indexing content/ now`);
    return buildSearchIndex(getOutlines());
  });
}
