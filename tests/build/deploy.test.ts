import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject, NEXT_BIN, ROOT } from '../../scripts/support/project-copy.mjs';
import { freePort, nginxMissing, waitForServer } from '../../scripts/support/servers.mjs';

/**
 * README › Deploying, step by step, through nginx: a new build replaces the old one without
 * serving old HTML whose hashed assets are gone, and a purge brings the new text.
 */
const ARTICLE = '/zh-hans/liu-qingfeng-general-ai';
const OLD = '对此，科大讯飞董事长刘庆峰倍感振奋。';
const NEW = '对此，科大讯飞董事长刘庆峰倍感振奋，也深感责任重大。';

const copies: string[] = [];
const children: ChildProcess[] = [];

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 300; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function start(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function startNext(dir: string, port: number) {
  const child = start(
    process.execPath,
    [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    dir,
  );
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  await waitForServer(`http://127.0.0.1:${port}/zh-hans`, {
    child,
    name: 'next start',
    isReady: (status) => status === 200,
  });
  // src/instrumentation.ts made the converters and read the search index at start-up.
  await until(async () => /warm-up: .* ready in \d+ ms/.test(log), 'the warm-up');
  expect(log).not.toMatch(/warm-up failed|archive\.db is missing/);
  return child;
}

afterAll(async () => {
  await Promise.all(children.map(stop));
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a deploy behind nginx', () => {
  it('keeps the old assets, purges the cache, and serves the new text', async () => {
    // .ci/run installs nginx; without it this test fails rather than proving nothing.
    expect(nginxMissing()).toBeUndefined();
    // The release that is live: built, served, cached by nginx.
    const before = copyProject('deploy-a');
    copies.push(before);
    expect(buildCopy(before).status).toBe(0);
    const upstream = await freePort();
    let next = await startNext(before, upstream);
    const front = await freePort();
    const nginx = start(
      process.execPath,
      [path.join(ROOT, 'scripts/start-nginx.mjs'), '--upstream', `127.0.0.1:${upstream}`],
      ROOT,
      {
        PORT: String(front),
      },
    );
    let log = '';
    nginx.stdout?.on('data', (d) => (log += d));
    await until(async () => /cache in (\S+)\)/.test(log), 'start:nginx');
    const cacheRoot = (log.match(/cache in (\S+)\)/) as RegExpMatchArray)[1] as string;
    const base = `http://127.0.0.1:${front}`;

    const first = await fetch(`${base}${ARTICLE}`);
    const html = await first.text();
    expect(html).toContain(OLD);
    const again = await fetch(`${base}${ARTICLE}`);
    expect(again.headers.get('x-cache-status')).toBe('HIT');
    await again.text();
    // The page names its own files: the rest of the styles and the reader's code.
    const oldAssets = [...html.matchAll(/\/(?:styles|reader)\/[0-9a-f]{16}\.(?:css|js)/g)].map(
      (m) => m[0],
    );
    expect(oldAssets).toHaveLength(2);
    const oldBodies = new Map<string, Buffer>();
    for (const asset of oldAssets) {
      oldBodies.set(asset, Buffer.from(await (await fetch(`${base}${asset}`)).arrayBuffer()));
    }

    // The next release: the article changes, and so do the styles (a new stylesheet name),
    // built in its own directory.
    const after = copyProject('deploy-b');
    copies.push(after);
    const file = path.join(after, 'content', 'liu-qingfeng-general-ai.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(OLD, NEW));
    fs.appendFileSync(
      path.join(after, 'src', 'app', '_styles', 'rest.css'),
      '.deploy-b { color: inherit; }\n',
    );
    expect(buildCopy(after).status).toBe(0);

    // Deploy: keep the old hashed assets beside the new ones, switch the server, purge.
    fs.cpSync(path.join(before, '.next/static'), path.join(after, '.next/static'), {
      recursive: true,
      force: false,
    });
    await stop(next);
    next = await startNext(after, upstream);
    fs.rmSync(path.join(cacheRoot, 'cache'), { recursive: true, force: true });
    const pid = Number(fs.readFileSync(path.join(cacheRoot, 'nginx.pid'), 'utf8'));
    process.kill(pid, 'SIGHUP');
    await new Promise((resolve) => setTimeout(resolve, 500));

    const fresh = await fetch(`${base}${ARTICLE}`);
    expect(fresh.headers.get('x-cache-status')).not.toBe('HIT');
    const newHtml = await fresh.text();
    expect(newHtml).toContain(NEW);
    expect(newHtml).not.toContain(`${OLD}<`);
    const cached = await fetch(`${base}${ARTICLE}`);
    expect(cached.headers.get('x-cache-status')).toBe('HIT');
    expect(await cached.text()).toContain(NEW);
    // A reader still holding the old page can load its styles and script, as they were.
    const newStyles = newHtml.match(/\/styles\/[0-9a-f]{16}\.css/)?.[0];
    expect(newStyles).toBeTruthy();
    expect(oldAssets).not.toContain(newStyles);
    for (const asset of oldAssets) {
      const response = await fetch(`${base}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('cache-control'), asset).toContain('immutable');
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.length, asset).toBeGreaterThan(500);
      expect(body.equals(oldBodies.get(asset) as Buffer), asset).toBe(true);
    }
    const gone = await fetch(`${base}/styles/0123456789abcdef.css`);
    expect(gone.status).toBe(404);
    await stop(nginx);
    await stop(next);
  }, 600_000);
});
