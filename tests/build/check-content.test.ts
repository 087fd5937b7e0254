import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/support/project-copy.mjs';

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

const FRONT = [
  '---',
  'title: 一次访谈',
  'publication: 某周刊',
  'issue: 2026年第1期',
  'date: 2026-11-30',
  'reporter:',
  '  name: 石青川',
  'interviewee:',
  '  name: 王建国',
  '  role: 董事长',
  '---',
  '',
].join('\n');

describe('npm run check-content', () => {
  it('passes the project’s own articles', () => {
    const result = checkContent();
    expect(result.stdout).toContain('nothing to fix');
    expect(result.status).toBe(0);
  });

  it('names a card that could not be drawn, in each script, and exits 1', () => {
    const file = path.join(dir, 'amharic.md');
    fs.writeFileSync(file, `${FRONT}导语。\n\n## 从ሀ说起\n\n正文。\n`);
    const result = checkContent(file);
    expect(result.status).toBe(1);
    for (const script of ['zh-hans', 'zh-hant', 'zh-hant-hk']) {
      expect(result.stdout).toContain(`${file} (${script}) card: section 从ሀ说起’s card:`);
    }
    expect(result.stdout).toContain('“ሀ”');
  });
});
