import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from '../../scripts/support/project-copy.mjs';

const copies: string[] = [];

afterAll(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

describe('next build with a broken article', () => {
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
});
