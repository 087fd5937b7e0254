// A copy of the project to build on its own, for the build tests and the benchmark: what
// `next build` reads (src, content, public and the configs), optionally with other articles.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');

// scripts/support: next.config.ts compiles the styles with it.
const ENTRIES = [
  'src',
  'content',
  'public',
  'scripts/support',
  'package.json',
  'tsconfig.json',
  'next.config.ts',
];

/**
 * Copies the project into a new folder under the git-ignored `.test-builds/` (inside the
 * project, so that it resolves the project's node_modules: Turbopack does not follow a
 * node_modules symlink out of its root) and returns its path. With `articles` (file name →
 * Markdown), `content/` holds exactly those instead of the project's. Remove the folder with
 * fs.rmSync when done.
 */
export function copyProject(prefix, { articles } = {}) {
  fs.mkdirSync(path.join(ROOT, '.test-builds'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, '.test-builds', `${prefix}-`));
  for (const entry of ENTRIES) {
    if (articles && entry === 'content') continue;
    if (fs.existsSync(path.join(ROOT, entry))) {
      fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
    }
  }
  if (articles) {
    fs.mkdirSync(path.join(dir, 'content'));
    for (const [file, text] of Object.entries(articles)) {
      fs.writeFileSync(path.join(dir, 'content', file), text);
    }
  }
  return dir;
}

/** The site's build: `next build`, then the search index (scripts/build.mjs). */
export const BUILD_SCRIPT = path.join(ROOT, 'scripts/build.mjs');

/** Builds a copy (4 minutes at most), with `env` added; returns spawnSync's result, output as text. */
export function buildCopy(dir, env = {}) {
  return spawnSync(process.execPath, [BUILD_SCRIPT], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
}
