// Servers on this machine for the start scripts, the benchmark and the build tests: a free port
// on loopback, waiting until a server answers, and whether nginx can run here. One copy, used
// by scripts/start-nginx.mjs, bench/ and tests/build/.
import { spawnSync } from 'node:child_process';
import net from 'node:net';

/** A TCP port nothing listens on, on 127.0.0.1 (the OS picks it; it is free when returned). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Waits until `url` answers with a status `isReady` accepts (default: anything below 500,
 * redirects not followed). Throws if `child` (the server's process, when given) exits first,
 * or after `timeoutMs` (default 60 s); the message names the server as `name`.
 */
export async function waitForServer(
  url,
  { child, name = url, timeoutMs = 60_000, isReady = (status) => status < 500 } = {},
) {
  const started = Date.now();
  for (;;) {
    if (child && child.exitCode !== null) {
      throw new Error(`${name} exited with ${child.exitCode} before answering ${url}`);
    }
    try {
      const response = await fetch(url, { redirect: 'manual' });
      await response.arrayBuffer();
      if (isReady(response.status)) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`${name} did not answer ${url} within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Why nginx cannot run on this machine (not on PATH), or undefined when it can: asked before
 * anything that needs it starts, so a run fails at once rather than after a build.
 */
export function nginxMissing() {
  return spawnSync('nginx', ['-v']).error
    ? 'nginx is not installed (Debian: apt-get install nginx)'
    : undefined;
}
