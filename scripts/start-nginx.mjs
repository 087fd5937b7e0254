// `npm run start:nginx`: the site behind nginx, as deploy/nginx/interview-reader.conf describes.
// Builds if there is no build, starts `next start` on a free internal port (127.0.0.1 only),
// or N of them with `--origins N`, and nginx in front on $PORT (default 3000), with its config,
// cache and temp files in a new temporary directory (never /etc). It prints one line per
// origin, `origin <n>: pid <pid>, <host:port>` (the pid of the process that listens), then the
// front's address. Ctrl-C (or SIGTERM) stops them all and removes the directory. An origin that
// stops by itself leaves nginx serving from the others (that is the point of several); if
// nginx stops, everything stops.
//
// Options: --origins N (default 1); --upstream HOST:PORT[,HOST:PORT…] puts nginx in front of
// Next.js servers already running there (the browser tests do this) instead of starting any;
// --keep leaves the directory for a look.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild, NEXT_BIN } from './ensure-build.mjs';
import { freePort, nginxMissing, waitForServer } from './support/servers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SITE_CONF = path.join(ROOT, 'deploy/nginx/interview-reader.conf');
const option = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** The main nginx config around the site's file: everything nginx writes goes into `dir`. */
function mainConfig(dir) {
  return `# Written by npm run start:nginx; the site itself is in site.conf.
worker_processes auto;
# Cache hits before an origin's work on the same cores (drawing a card takes a core's
# 80-180 ms): nginx's workers at a higher priority than the origins (README › Behind nginx).
worker_priority -5;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path ${dir}/temp/body;
    proxy_temp_path ${dir}/temp/proxy;
    fastcgi_temp_path ${dir}/temp/fastcgi;
    uwsgi_temp_path ${dir}/temp/uwsgi;
    scgi_temp_path ${dir}/temp/scgi;
    include ${dir}/site.conf;
}
`;
}

const missing = nginxMissing();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const port = process.env.PORT || '3000';
const count = Number(option('--origins') ?? 1);
if (!Number.isInteger(count) || count < 1 || count > 16) {
  console.error('--origins takes a whole number from 1 to 16');
  process.exit(2);
}
/** The origins nginx passes requests to, and the ones this script started. */
let upstreams = option('--upstream')?.split(',').filter(Boolean) ?? [];
const origins = [];
if (upstreams.length === 0) {
  ensureBuild();
  for (let n = 1; n <= count; n++) {
    const address = `127.0.0.1:${await freePort()}`;
    const [host, internal] = address.split(':');
    const child = spawn(
      process.execPath,
      [NEXT_BIN, 'start', '--port', internal, '--hostname', host],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    origins.push({ n, address, child });
  }
  for (const { n, address, child } of origins) {
    await waitForServer(`http://${address}/zh-hans`, { child, name: `origin ${n}` });
    console.log(`origin ${n}: pid ${child.pid}, ${address}`);
  }
  upstreams = origins.map((o) => o.address);
}

/**
 * One `server` line per origin. An origin that fails a request is left alone for 5 s
 * (max_fails=1, fail_timeout=5s) while the others serve; see proxy_next_upstream in the site's
 * file for how a failed request is retried on another.
 */
const serverLines = upstreams
  .map((address) => `    server ${address} max_fails=1 fail_timeout=5s;`)
  .join('\n');

// 0755, not mkdtemp's 0700: nginx's workers run as another user when it is started as root.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-reader-nginx-'));
fs.chmodSync(dir, 0o755);
fs.writeFileSync(
  path.join(dir, 'site.conf'),
  fs
    .readFileSync(SITE_CONF, 'utf8')
    .replaceAll('@@LISTEN@@', port)
    .replace(/^ *server @@UPSTREAM@@;$/m, serverLines)
    .replaceAll('@@CACHE_DIR@@', path.join(dir, 'cache')),
);
fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir));
fs.mkdirSync(path.join(dir, 'temp'), { mode: 0o755 });

const nginx = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
  stdio: ['ignore', 'inherit', 'inherit'],
});

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  const children = [nginx, ...origins.map((o) => o.child)].filter((c) => c.exitCode === null);
  for (const child of children) child.kill('SIGTERM');
  const done = () => {
    if (!process.argv.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });
    process.exit(code);
  };
  if (children.length === 0) return done();
  let left = children.length;
  for (const child of children) child.once('exit', () => --left === 0 && done());
  setTimeout(done, 5000).unref();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
nginx.on('exit', (code) => stop(code ?? 1));
for (const { n, child } of origins) {
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`origin ${n} (pid ${child.pid}) stopped: ${signal ?? code}`);
  });
}

await waitForServer(`http://127.0.0.1:${port}/zh-hans`, { child: nginx, name: 'nginx' });
console.log(
  `Serving http://localhost:${port} (nginx, cache in ${dir}) → next start on ${upstreams.join(', ')}`,
);
