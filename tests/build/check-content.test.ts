import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/support/project-copy.mjs';
import { UNDRAWABLE_ARTICLE } from '../support/undrawable-article';

/** `npm run check-content -- <files>`, run as the README says, from the project. */
function checkContent(...files: string[]) {
  return spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      'scripts/tsconfig.json',
      'scripts/check-content.ts',
      ...files,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
}

fs.mkdirSync(path.join(ROOT, '.test-builds'), { recursive: true });
const dir = fs.mkdtempSync(path.join(ROOT, '.test-builds', 'check-content-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run check-content', () => {
  it('passes the project’s own articles', () => {
    const result = checkContent();
    expect(result.stdout).toContain('nothing to fix');
    expect(result.status).toBe(0);
  });

  it('names a card that could not be drawn, in each script, and exits 1', () => {
    const file = path.join(dir, 'amharic.md');
    fs.writeFileSync(file, UNDRAWABLE_ARTICLE);
    const result = checkContent(file);
    expect(result.status).toBe(1);
    for (const script of ['zh-hans', 'zh-hant', 'zh-hant-hk']) {
      expect(result.stdout).toContain(`${file} (${script}) card: section 从ሀ说起’s card:`);
    }
    expect(result.stdout).toContain('“ሀ”');
  });
});
