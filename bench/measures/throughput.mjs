// Requests per second on loopback (autocannon): the article on next start, the baseline app's
// pages, the article through the project's nginx and nginx's own ceiling; and uncached
// requests through nginx with one and with two origins.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { ROOT, SLUG, median, startServer } from '../lib.mjs';
import { startNginxFront } from '../sites.mjs';
import { freePort } from '../../scripts/support/servers.mjs';

function cannon(url, { connections, duration }) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, duration, headers: { 'accept-encoding': 'gzip, br' } },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

/**
 * The ceiling: nginx serving a gzip-precompressed copy of the built article HTML from disk
 * (`gzip_static`), no proxy and no compression per request.
 */
async function startNginxCeiling(html) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'));
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, 'www/zh-hans'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'logs'));
  const file = path.join(dir, `www/zh-hans/${SLUG}.html`);
  fs.writeFileSync(file, html);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(html, { level: 9 }));
  const port = await freePort();
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto;
user root;
error_log ${dir}/logs/error.log;
pid ${dir}/nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  gzip_static on;
  client_body_temp_path ${dir}/temp-body;
  proxy_temp_path ${dir}/temp-proxy;
  fastcgi_temp_path ${dir}/temp-fastcgi;
  uwsgi_temp_path ${dir}/temp-uwsgi;
  scgi_temp_path ${dir}/temp-scgi;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    location / { try_files $uri.html =404; }
  }
}
`,
  );
  const nginx = await startServer(
    'nginx',
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    { probe: `http://127.0.0.1:${port}/zh-hans/${SLUG}` },
  );
  return { ...nginx, url: `http://127.0.0.1:${port}/zh-hans/${SLUG}`, dir };
}

/** The targets, in the order measured and reported: the article first. */
export const ARTICLE_TARGET = 'article page (next start)';
export const FRONT_TARGET = 'article through nginx (deploy/nginx, cache HIT)';
export const CEILING_TARGET = 'article HTML, gzip_static (nginx, ceiling)';

/**
 * Each target's median over `rounds` interleaved rounds of `duration` seconds at 10
 * connections: req/s, p99 latency, non-2xx and errors, bytes a response; and its raw HTML size.
 * Without nginx installed, its two targets are left out.
 */
export async function measureThroughput(site, hello, articleHtml, { rounds, duration }) {
  const connections = 10;
  let nginx;
  let front;
  try {
    nginx = await startNginxCeiling(articleHtml);
    front = await startNginxFront(site);
  } catch (error) {
    console.error(`nginx not available (${error.message}); the nginx rows are left out`);
  }
  const targets = [
    [ARTICLE_TARGET, `${site.base}/zh-hans/${SLUG}`],
    ['text floor (next start, bench/hello/text)', `${hello.base}/text`],
    ["text floor + filler to the article's size (bench/hello/matched)", `${hello.base}/matched`],
    ['hello world (next start, bench/hello)', `${hello.base}/`],
    ...(front ? [[FRONT_TARGET, front.url]] : []),
    ...(nginx ? [[CEILING_TARGET, nginx.url]] : []),
  ];
  const rawSize = new Map();
  for (const [name, url] of targets) {
    rawSize.set(name, Buffer.byteLength(await (await fetch(url)).text())); // fetch decompresses
  }
  const samples = new Map(targets.map(([name]) => [name, []]));
  for (const [, url] of targets) await cannon(url, { connections, duration: 2 }); // warm up
  for (let r = 0; r < rounds; r++) {
    for (const [name, url] of targets) {
      const result = await cannon(url, { connections, duration });
      samples.get(name).push({
        rps: result.requests.average,
        p99: result.latency.p99,
        bad: result.non2xx + result.errors + result.timeouts,
        bytes: result.throughput.average,
      });
    }
  }
  nginx?.stop();
  front?.stop();
  if (nginx) fs.rmSync(nginx.dir, { recursive: true, force: true });
  const medians = new Map(
    targets.map(([name]) => {
      const s = samples.get(name);
      return [
        name,
        {
          rps: median(s.map((x) => x.rps)),
          p99: median(s.map((x) => x.p99)),
          bad: s.reduce((n, x) => n + x.bad, 0),
          bytesPerReq: median(s.map((x) => x.bytes / Math.max(x.rps, 1))),
          raw: rawSize.get(name),
        },
      ];
    }),
  );
  return { connections, duration, rounds, medians };
}

/**
 * Uncached requests through nginx with 1 and with 2 origins: `/` with a reader's
 * Accept-Language, the redirect no cache may keep, so every one reaches an origin.
 */
export async function measureOrigins({ duration }) {
  const connections = 20;
  const rows = [];
  for (const count of [1, 2]) {
    const port = await freePort();
    const front = await startServer(
      process.execPath,
      [path.join(ROOT, 'scripts/start-nginx.mjs'), '--origins', String(count)],
      { env: { PORT: String(port) }, probe: `http://127.0.0.1:${port}/zh-hans`, timeout: 120_000 },
    );
    try {
      const url = `http://127.0.0.1:${port}/`;
      const run = (d) =>
        new Promise((resolve, reject) =>
          autocannon(
            { url, connections, duration: d, headers: { 'accept-language': 'zh-HK,zh;q=0.8' } },
            (err, result) => (err ? reject(err) : resolve(result)),
          ),
        );
      await run(2); // warm up
      const result = await run(duration);
      rows.push({
        count,
        rps: result.requests.average,
        p50: result.latency.p50,
        p97: result.latency.p97_5,
        bad: result.non2xx - result['3xx'] + result.errors,
        redirects: result['3xx'],
      });
    } finally {
      front.stop();
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  return { connections, duration, cores: os.cpus().length, rows };
}
