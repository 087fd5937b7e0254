// Builds the site (scripts/build.mjs: `next build` and the search index) when there is no build yet, so that a fresh clone can be
// served by `npm start` or `npm run start:nginx` straight after `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The `next` command line script of this project. */
export const NEXT_BIN = createRequire(import.meta.url).resolve('next/dist/bin/next');

/** The build script: `next build`, then the search index. */
export const BUILD_SCRIPT = fileURLToPath(new URL('./build.mjs', import.meta.url));

/** Builds if `.next/BUILD_ID` or the search index is missing; exits the process if the build fails. */
export function ensureBuild() {
  if (['BUILD_ID', 'archive.db'].every((f) => existsSync(`.next/${f}`))) {
    return;
  }
  console.log('No build found: running the build first.');
  const build = spawnSync(process.execPath, [BUILD_SCRIPT], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
