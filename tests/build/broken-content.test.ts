import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from '../../scripts/support/project-copy.mjs';
import { UNDRAWABLE_ARTICLE } from '../support/undrawable-article';

const copies: string[] = [];

afterAll(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run build with a broken article', () => {
  it('fails and names the file and what is wrong', () => {
    const dir = copyProject('broken-content');
    copies.push(dir);
    fs.writeFileSync(
      path.join(dir, 'content', 'broken.md'),
      '---\npublication: 某周刊\n---\n\n正文。\n',
    );
    const result = buildCopy(dir);
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'content/broken.md: front matter needs "title" (a string)',
    );
  }, 240_000);

  it('fails before next build when a new article’s card has a character no card font covers', () => {
    const dir = copyProject('broken-card');
    copies.push(dir);
    fs.writeFileSync(path.join(dir, 'content', 'amharic-heading.md'), UNDRAWABLE_ARTICLE);
    const result = buildCopy(dir);
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).not.toBe(0);
    for (const script of ['zh-hans', 'zh-hant', 'zh-hant-hk']) {
      expect(output).toMatch(
        new RegExp(`content/amharic-heading\\.md \\(${script}\\): section .*’s card: .*“ሀ”`),
      );
    }
    // It stopped before next build: nothing was compiled.
    expect(output).not.toContain('Creating an optimized production build');
  }, 240_000);
});
