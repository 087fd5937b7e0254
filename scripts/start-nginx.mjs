// `npm run start:nginx`: the site behind nginx, as deploy/nginx/interview-reader.conf describes.
// Builds if there is no build, starts `next start` on a free internal port (127.0.0.1 only) and
// nginx in front on $PORT (default 3000), with its config, cache and temp files in a new
// temporary directory (never /etc). Ctrl-C (or SIGTERM) stops both and removes the directory;
// if either stops by itself, the other is stopped too.
//
// Options: --upstream HOST:PORT puts nginx in front of a Next.js server already running there
// (the browser tests do this) instead of starting one; --keep leaves the directory for a look.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild, NEXT_BIN } from './ensure-build.mjs';
import { freePort, waitForServer } from './support/servers.mjs';

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

if (spawnSync('nginx', ['-v']).error) {
  console.error('nginx is not installed (Debian: apt-get install nginx)');
  process.exit(1);
}

const port = process.env.PORT || '3000';
let upstream = option('--upstream');
let next;
if (!upstream) {
  ensureBuild();
  upstream = `127.0.0.1:${await freePort()}`;
  const [host, internal] = upstream.split(':');
  next = spawn(process.execPath, [NEXT_BIN, 'start', '--port', internal, '--hostname', host], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(`http://${upstream}/zh-hans`, { child: next, name: 'next start' });
}

// 0755, not mkdtemp's 0700: nginx's workers run as another user when it is started as root.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-reader-nginx-'));
fs.chmodSync(dir, 0o755);
fs.writeFileSync(
  path.join(dir, 'site.conf'),
  fs
    .readFileSync(SITE_CONF, 'utf8')
    .replaceAll('@@LISTEN@@', port)
    .replaceAll('@@UPSTREAM@@', upstream)
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
  for (const child of [nginx, next]) {
    if (child && child.exitCode === null) child.kill('SIGTERM');
  }
  const done = () => {
    if (!process.argv.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });
    process.exit(code);
  };
  const children = [nginx, next].filter((c) => c && c.exitCode === null);
  if (children.length === 0) return done();
  let left = children.length;
  for (const child of children) child.once('exit', () => --left === 0 && done());
  setTimeout(done, 5000).unref();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
nginx.on('exit', (code) => stop(code ?? 1));
next?.on('exit', (code) => stop(code ?? 1));

await waitForServer(`http://127.0.0.1:${port}/zh-hans`, { child: nginx, name: 'nginx' });
console.log(
  `Serving http://localhost:${port} (nginx, cache in ${dir}) → next start on ${upstream}`,
);
