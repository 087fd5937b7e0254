// `npm run load`: a bounded load test. 100 connections for 30 s on loopback against the article
// page of the production build (built first if there is none). Fails unless every response is a
// 2xx without error; reports how much the server's memory grew.
// `npm run load -- --through-nginx` sends the load through deploy/nginx (npm run start:nginx's
// front) in front of the same next start.
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { BUILD_SCRIPT } from '../scripts/support/project-copy.mjs';
import { NEXT_BIN, ROOT, SLUG, run, startServer, treeRss } from './lib.mjs';
import { freePort } from '../scripts/support/servers.mjs';

const CONNECTIONS = 100;
const DURATION = 30;
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

function cannon(url, duration) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration,
        headers: { 'accept-encoding': 'gzip, br' },
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
    if ((await run(process.execPath, [BUILD_SCRIPT])) !== 0) throw new Error('build failed');
  }
  const port = await freePort();
  let url = `http://127.0.0.1:${port}/zh-hans/${SLUG}`;
  const server = await startServer(
    process.execPath,
    [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    { probe: url },
  );
  let front;
  if (process.argv.includes('--through-nginx')) {
    const frontPort = await freePort();
    front = await startServer(
      process.execPath,
      [path.join(ROOT, 'scripts/start-nginx.mjs'), '--upstream', `127.0.0.1:${port}`],
      { env: { PORT: String(frontPort) }, probe: `http://127.0.0.1:${frontPort}/zh-hans/${SLUG}` },
    );
    url = `http://127.0.0.1:${frontPort}/zh-hans/${SLUG}`;
  }
  try {
    await cannon(url, 3); // warm up: caches, JIT
    const before = treeRss(server.proc.pid);
    const result = await cannon(url, DURATION);
    const after = treeRss(server.proc.pid);
    const bad = result.errors + result.timeouts + result.non2xx;
    console.log(
      `load: ${CONNECTIONS} connections, ${DURATION} s, GET ${url}${front ? ' (through nginx)' : ''}`,
    );
    console.log(
      `requests: ${result.requests.total} (${result.requests.average.toFixed(0)} req/s), ` +
        `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    console.log(
      `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, 2xx ${result['2xx']}`,
    );
    console.log(
      `server memory (RSS, process tree): ${mib(before)} after warm-up → ${mib(after)} after the run ` +
        `(${after >= before ? '+' : ''}${mib(after - before)})`,
    );
    if (bad > 0) {
      console.error(`FAIL: ${bad} bad responses`);
      process.exitCode = 1;
    } else {
      console.log('OK: every response was a 2xx');
    }
  } finally {
    front?.stop();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
