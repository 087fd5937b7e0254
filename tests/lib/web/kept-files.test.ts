import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The files a deploy keeps are looked up on disk by the name a request gives: nothing but a
 * content-named stylesheet or reader’s code may ever be read, whatever the path says. Next
 * normalises `..` before the proxy sees a path today; this holds without it.
 */
const HASH = '0123456789abcdef';
let dir = '';
let keptFiles: typeof import('@/lib/web/kept-files');

beforeAll(async () => {
  // A project folder of its own: a kept stylesheet and reader’s code, and files beside and
  // above them that no request may reach.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kept-files-'));
  const site = path.join(dir, '.next', 'static', 'site');
  fs.mkdirSync(path.join(site, 'styles'), { recursive: true });
  fs.mkdirSync(path.join(site, 'reader'), { recursive: true });
  fs.mkdirSync(path.join(site, 'scripts'), { recursive: true });
  fs.writeFileSync(path.join(site, 'styles', `${HASH}.css`), 'body{}');
  fs.writeFileSync(path.join(site, 'styles', `${HASH}.svg`), '<svg/>');
  fs.writeFileSync(path.join(site, 'reader', `${HASH}.js`), 'void 1');
  // Where releases before the move kept the reader's code.
  fs.writeFileSync(path.join(site, 'scripts', `${HASH}.js`), 'void 0');
  fs.writeFileSync(path.join(site, 'styles', 'other.css'), 'secret');
  fs.writeFileSync(path.join(dir, '.next', 'BUILD_ID'), 'secret');
  fs.writeFileSync(path.join(dir, 'package.json'), 'secret');
  vi.spyOn(process, 'cwd').mockReturnValue(dir);
  vi.resetModules();
  keptFiles = await import('@/lib/web/kept-files');
});

afterAll(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('readKeptFile', () => {
  it('reads a kept stylesheet, its icon and reader’s code by their content-hashed names', () => {
    expect(keptFiles.readKeptFile(`/styles/${HASH}.css`)).toEqual({
      body: Buffer.from('body{}'),
      type: 'text/css; charset=utf-8',
    });
    expect(keptFiles.readKeptFile(`/styles/${HASH}.svg`)).toEqual({
      body: Buffer.from('<svg/>'),
      type: 'image/svg+xml',
    });
    expect(keptFiles.readKeptFile(`/reader/${HASH}.js`)).toEqual({
      body: Buffer.from('void 1'),
      type: 'text/javascript; charset=utf-8',
    });
    expect(keptFiles.readKeptFile(`/scripts/${HASH}.js`)?.body.toString()).toBe('void 0');
  });

  it('reads nothing for a name of the right shape that was never kept', () => {
    expect(keptFiles.readKeptFile('/styles/ffffffffffffffff.css')).toBeUndefined();
  });

  it('never reads a path with dot segments, encoded or not, whatever the rest of it', () => {
    for (const pathname of [
      `/styles/../styles/${HASH}.css`,
      `/styles/./${HASH}.css`,
      '/styles/../../BUILD_ID',
      '/styles/../../../package.json',
      `/styles/%2e%2e/styles/${HASH}.css`,
      `/scripts/..%2f..%2fBUILD_ID`,
      `/styles//${HASH}.css`,
    ]) {
      expect(keptFiles.isKeptPath(pathname), pathname).toBe(false);
      expect(keptFiles.readKeptFile(pathname), pathname).toBeUndefined();
    }
  });

  it('reads nothing but the content-named kinds: other names, folders, types and cases', () => {
    for (const pathname of [
      `/reader/${HASH}.svg`,
      '/styles/other.css',
      `/styles/${HASH}.js`,
      `/scripts/${HASH}.css`,
      `/styles/${HASH.toUpperCase()}.css`,
      `/styles/${HASH}0.css`,
      `/styles/${HASH.slice(1)}.css`,
      `/images/${HASH}.css`,
      `/styles/${HASH}.css/`,
      `/styles/${HASH}.css?x`,
      `styles/${HASH}.css`,
      '/styles/',
    ]) {
      expect(keptFiles.readKeptFile(pathname), pathname).toBeUndefined();
    }
  });
});
