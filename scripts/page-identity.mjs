// What a reader sees on every page, for checking that a redesign changes none of it: builds a
// copy of the project with the seed, every fixture interview (tests/fixtures/articles) and the
// hostile article (tests/fixtures/content/hostile), serves it with `next start`, reads every page
// the sitemaps list, in every script, in Chromium, and writes one line per page: its path, its
// visible text (`document.body.innerText`) and the ids of its elements, in document order.
//
//   node scripts/page-identity.mjs before.txt      # on the old commit
//   node scripts/page-identity.mjs after.txt       # on the new one
//   diff before.txt after.txt                      # nothing, if no reader can tell
//
// Slow (a build, then some hundreds of pages): a check to run by hand around a redesign, not a
// test. CHROMIUM_PATH names the browser (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { buildCopy, copyProject, NEXT_BIN, ROOT } from './support/project-copy.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/page-identity.mjs <output file>');
  process.exit(2);
}

const articles = {};
const add = (dir, file) => (articles[file] = fs.readFileSync(path.join(dir, file), 'utf8'));
for (const dir of [
  path.join(ROOT, 'content'),
  path.join(ROOT, 'tests/fixtures/articles'),
  path.join(ROOT, 'tests/fixtures/content/hostile'),
]) {
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) add(dir, file);
}
const dir = copyProject('identity', { articles });
fs.cpSync(path.join(ROOT, 'tests/fixtures/public'), path.join(dir, 'public'), { recursive: true });
console.error(`building ${Object.keys(articles).length} articles in ${dir}`);
const build = buildCopy(dir, { PRERENDER_NEWEST: '1' });
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

const port = process.env.PORT ?? '3900';
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [NEXT_BIN, 'start', '--port', port, '-H', '127.0.0.1'], {
  cwd: dir,
  stdio: 'ignore',
});
const stop = () => {
  server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
};

try {
  for (let i = 0; ; i++) {
    const up = await fetch(`${base}/sitemap.xml`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 120) throw new Error('next start did not answer');
    await new Promise((r) => setTimeout(r, 500));
  }
  const locs = async (url) =>
    [...(await (await fetch(url)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const paths = [];
  for (const loc of await locs(`${base}/sitemap.xml`)) {
    const url = new URL(loc);
    if (url.pathname.startsWith('/sitemaps/')) {
      for (const inner of await locs(`${base}${url.pathname}`)) paths.push(new URL(inner).pathname);
    } else paths.push(url.pathname);
  }
  // The share pages of every section and quotation are read from their article's page.
  const pages = new Set(paths);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  const page = await browser.newPage({ javaScriptEnabled: false });
  // A share page sends a person on to the article by a meta refresh: read it, not the article.
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
    return route.fulfill({ response, body });
  });
  const lines = [];
  const seen = new Set();
  const queue = [...pages];
  while (queue.length > 0) {
    const p = queue.shift();
    if (seen.has(p)) continue;
    seen.add(p);
    const response = await page.goto(`${base}${p}`, { waitUntil: 'load' }).catch((error) => {
      throw new Error(`${p}: ${error.message}`);
    });
    const record = await page.evaluate(() => ({
      text: document.body.innerText,
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      sections: [...document.querySelectorAll('article section[aria-labelledby]')].map((s) =>
        s.getAttribute('aria-labelledby'),
      ),
      quotes: [...document.querySelectorAll('.quotes-panel li a[href^="#"]')].map((a) =>
        a.getAttribute('href').slice(1),
      ),
    }));
    const shares = [
      ...record.sections.map((id) => `${p}/s/${encodeURIComponent(id)}`),
      ...record.quotes.map((id) => `${p}/q/${encodeURIComponent(id)}`),
    ];
    for (const share of shares) if (!seen.has(share)) queue.push(share);
    lines.push(
      JSON.stringify({
        path: decodeURI(p),
        status: response?.status(),
        text: record.text,
        ids: record.ids,
      }),
    );
  }
  await browser.close();
  lines.sort();
  fs.writeFileSync(out, `${lines.join('\n')}\n`);
  console.error(`${lines.length} pages written to ${out}`);
} finally {
  stop();
}
