import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');

/**
 * A copy of the project to build on its own (what `next build` reads: src, content, public and
 * the configs). It lives inside the project, in the git-ignored .test-builds/, so that it
 * resolves the project's node_modules: Turbopack does not follow a node_modules symlink out of
 * its root. Remove it with fs.rmSync when done.
 */
export function copyProject(prefix: string): string {
  fs.mkdirSync(path.join(ROOT, '.test-builds'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, '.test-builds', `${prefix}-`));
  for (const entry of [
    'src',
    'content',
    'public',
    'package.json',
    'tsconfig.json',
    'next.config.ts',
  ]) {
    if (fs.existsSync(path.join(ROOT, entry))) {
      fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
    }
  }
  return dir;
}

/** Runs `next build` in a copy; returns its status and output. */
export function buildCopy(dir: string) {
  return spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}
