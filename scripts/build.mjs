// `npm run build`: the newest articles' cards can be drawn (scripts/check-cards.ts), then
// `next build`, then the search index every origin reads at runtime (scripts/build-indexes.ts).
// Everything that builds the site runs this file.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const NEXT_BIN = require.resolve('next/dist/bin/next');
const TSX_CLI = require.resolve('tsx/cli');
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** Runs one step in the current directory; exits with its status if it fails. */
function step(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step([TSX_CLI, '--tsconfig', here('./tsconfig.json'), here('./check-cards.ts')]);
step([NEXT_BIN, 'build', ...process.argv.slice(2)]);
step([TSX_CLI, '--tsconfig', here('./tsconfig.json'), here('./build-indexes.ts')]);
