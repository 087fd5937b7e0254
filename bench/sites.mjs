// What the bench measures: the site's production build, and the baseline app (bench/hello) with
// the interview's text as a bare Next page, its filler brought to the article page's size.
import fs from 'node:fs';
import path from 'node:path';
import { NEXT_BIN, ROOT, SLUG, run, startServer } from './lib.mjs';
import { BUILD_SCRIPT } from '../scripts/support/project-copy.mjs';
import { freePort } from '../scripts/support/servers.mjs';

export const HELLO = path.join(ROOT, 'bench/hello');

/** Builds the site and the baseline app. */
export async function buildAll() {
  console.error('building the site and the baseline app…');
  if ((await run(process.execPath, [BUILD_SCRIPT], { quiet: true })) !== 0) {
    throw new Error('the build failed');
  }
  await buildHello(0);
  // Bring bench/hello/matched to the article page's size: each filler character costs about
  // 6.2 bytes (3 in the HTML, 3 again in Next's inline page data, and its paragraph's markup).
  // A React page is written as `.html`; a route handler's page (the article) as `.body`.
  const builtPage = (dir, page) => {
    const base = path.join(dir, '.next/server/app', page);
    return fs.statSync(fs.existsSync(`${base}.html`) ? `${base}.html` : `${base}.body`);
  };
  const gap = builtPage(ROOT, `zh-hans/${SLUG}`).size - builtPage(HELLO, 'text').size;
  if (gap > 0) await buildHello(Math.round(gap / 6.2));
}

async function buildHello(fillerChars) {
  const env = { BENCH_FILLER_CHARS: String(fillerChars) };
  if ((await run(process.execPath, [NEXT_BIN, 'build'], { cwd: HELLO, env, quiet: true })) !== 0) {
    throw new Error('next build of bench/hello failed');
  }
}

/** Starts both with `next start`; `base` is each one's origin. */
export async function startAll() {
  const sitePort = await freePort();
  const helloPort = await freePort();
  const site = await startServer(
    process.execPath,
    [NEXT_BIN, 'start', '--port', String(sitePort), '--hostname', '127.0.0.1'],
    { probe: `http://127.0.0.1:${sitePort}/zh-hans/${SLUG}` },
  );
  const hello = await startServer(
    process.execPath,
    [NEXT_BIN, 'start', '--port', String(helloPort), '--hostname', '127.0.0.1'],
    { cwd: HELLO, probe: `http://127.0.0.1:${helloPort}/` },
  );
  return {
    site: { ...site, base: `http://127.0.0.1:${sitePort}` },
    hello: { ...hello, base: `http://127.0.0.1:${helloPort}` },
  };
}

/** The project's own front: deploy/nginx in front of the running next start (npm run start:nginx). */
export async function startNginxFront(site) {
  const port = await freePort();
  const upstream = new URL(site.base).host;
  const front = await startServer(
    process.execPath,
    [path.join(ROOT, 'scripts/start-nginx.mjs'), '--upstream', upstream],
    { env: { PORT: String(port) }, probe: `http://127.0.0.1:${port}/zh-hans/${SLUG}` },
  );
  return { ...front, url: `http://127.0.0.1:${port}/zh-hans/${SLUG}` };
}
