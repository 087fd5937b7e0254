// `npm run build`, in steps that each run alone:
// 1. the newest articles' cards can be drawn (scripts/check-cards.ts), before anything is built;
// 2. `next build --experimental-build-mode=compile`: Turbopack compiles the site;
// 3. the type check, against the route types Next wrote in step 2 (.next/types);
// 4. the archive's database, .next/archive.db: the listing, the manifest of what exists and the
//    search index, read from content/ one article at a time (scripts/build-archive.ts); every
//    page made ahead and every origin at runtime reads it. It comes after compiling, which
//    empties .next;
// 5. `next build --experimental-build-mode=generate`: the pages made ahead;
// 6. the files Next made outside the scripts, recorded in the database, and the stylesheet and
//    reader's code kept for later releases (scripts/record-files.ts).
// One `next build` does 2, 3 and 5 in one process, and its compiler's memory (~750 MB, freed
// only when its process ends) stayed beside the page worker's to the end: 1.45-1.53 GB at peak
// for 600 articles in fresh copies, against ~0.9 GB in steps. Everything that builds the site
// runs this file; extra arguments go to both `next build` steps.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const NEXT_BIN = require.resolve('next/dist/bin/next');
const TSC = require.resolve('typescript/bin/tsc');
const TSX_CLI = require.resolve('tsx/cli');
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const extra = process.argv.slice(2);

/** Runs one step in the current directory; exits with its status if it fails. */
function step(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const tsx = (script) => step([TSX_CLI, '--tsconfig', here('./tsconfig.json'), here(script)]);

tsx('./check-cards.ts');
step([NEXT_BIN, 'build', '--experimental-build-mode=compile', ...extra]);
console.log('Type-checking (tsc --noEmit) …');
step([TSC, '--noEmit', '-p', 'tsconfig.json']);
tsx('./build-archive.ts');
step([NEXT_BIN, 'build', '--experimental-build-mode=generate', ...extra]);
tsx('./record-files.ts');
