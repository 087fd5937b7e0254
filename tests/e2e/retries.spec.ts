import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * nginx (deploy/nginx) in front of two origins, the first of which answers everything with
 * 502, 503 or 504: an origin stopping for a deploy, overloaded, or timing out behind a proxy of
 * its own. The front passes the request to the next origin (`proxy_next_upstream … http_502
 * http_503 http_504`), so no reader sees the error; origins.spec covers an origin that refuses
 * connections or dies.
 */
const ROOT = path.resolve(__dirname, '../..');
const ORIGIN = `127.0.0.1:${process.env.E2E_PORT}`;
const SLUG = 'liu-qingfeng-general-ai';

/** A server that answers every request with `status`, counting them. */
async function failingOrigin(status: number) {
  const state = { hits: 0 };
  const server = http.createServer((_, response) => {
    state.hits += 1;
    response
      .writeHead(status, { 'Content-Type': 'text/plain' })
      .end(`${status} from a failing origin\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { state, address, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** A free port on loopback. */
async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The first answer the front gives once it listens (connection errors mean not yet): it must
 * not be the failing origin's, so no readiness probe may swallow the first failure.
 */
async function firstAnswer(url: string, front: ChildProcess): Promise<Response> {
  for (let i = 0; i < 300; i++) {
    if (front.exitCode !== null) throw new Error(`nginx exited with ${front.exitCode}`);
    try {
      return await fetch(url, { redirect: 'manual', headers: { 'accept-language': 'zh-TW' } });
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer ${url}`);
}

for (const status of [502, 503, 504]) {
  test(`an origin that answers ${status} is passed over: every reader gets the other origin’s answer`, async () => {
    const failing = await failingOrigin(status);
    const port = await freePort();
    // The failing origin first: round robin sends it the first request.
    const front = spawn(
      process.execPath,
      [path.join(ROOT, 'scripts/start-nginx.mjs'), '--upstream', `${failing.address},${ORIGIN}`],
      { cwd: ROOT, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' },
    );
    try {
      const base = `http://127.0.0.1:${port}`;
      const answers = [await firstAnswer(`${base}/`, front)];
      // `/` is never cached (it depends on the reader), so each of these reaches an origin.
      for (let i = 0; i < 5; i++) {
        answers.push(
          await fetch(`${base}/`, { redirect: 'manual', headers: { 'accept-language': 'zh-TW' } }),
        );
      }
      answers.push(await fetch(`${base}/zh-hant-hk/${SLUG}`));
      expect(failing.state.hits, 'the failing origin was tried').toBeGreaterThan(0);
      for (const [i, answer] of answers.entries()) {
        expect(answer.status, `answer ${i}`).toBeLessThan(500);
      }
      expect(answers.slice(0, -1).map((a) => a.headers.get('location'))).toEqual(
        Array(6).fill('/zh-hant'),
      );
      expect(answers.at(-1)?.status).toBe(200);
    } finally {
      const exited = new Promise((resolve) => front.once('exit', resolve));
      front.kill('SIGTERM');
      await exited;
      await failing.close();
    }
  });
}
