// Builds the site with `next build` when there is no build yet, so that a fresh clone can be
// served by `npm start` or `npm run start:nginx` straight after `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The `next` command line script of this project. */
export const NEXT_BIN = createRequire(import.meta.url).resolve('next/dist/bin/next');

/** Runs `next build` if `.next/BUILD_ID` is missing; exits the process if the build fails. */
export function ensureBuild() {
  if (existsSync('.next/BUILD_ID')) return;
  console.log('No build found: running next build first.');
  const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
