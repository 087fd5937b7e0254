import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const copies: string[] = [];

/**
 * A copy of the project whose content/ holds one extra file. It lives inside the project (in
 * the git-ignored .test-builds/) so that it resolves the project's node_modules: Turbopack does
 * not follow a node_modules symlink out of its root.
 */
function projectWith(file: string, text: string): string {
  fs.mkdirSync(path.join(root, '.test-builds'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, '.test-builds', 'broken-content-'));
  copies.push(dir);
  for (const entry of [
    'src',
    'content',
    'public',
    'package.json',
    'tsconfig.json',
    'next.config.ts',
  ]) {
    if (fs.existsSync(path.join(root, entry))) {
      fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
    }
  }
  fs.writeFileSync(path.join(dir, 'content', file), text);
  return dir;
}

function build(dir: string) {
  const next = path.join(root, 'node_modules/next/dist/bin/next');
  return spawnSync(process.execPath, [next, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

afterAll(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

describe('next build with a broken article', () => {
  it('fails and names the file and what is wrong', () => {
    const dir = projectWith('broken.md', '---\npublication: 某周刊\n---\n\n正文。\n');
    const result = build(dir);
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'content/broken.md: front matter needs "title" (a string)',
    );
  }, 240_000);
});
