// `npm run bench`: measures the site as readers' browsers and operators' servers see it, in one
// run, and prints a Markdown report (`--write` also saves it as bench/RESULTS.md).
// Options: --quick (fewer rounds, for trying the script), --skip=lighthouse,throughput,origins,build.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import {
  NEXT_BIN,
  ROOT,
  SLUG,
  gzipSize,
  kb,
  median,
  run,
  jsSources,
  startServer,
  timedBuild,
} from './lib.mjs';
import { BUILD_SCRIPT, copyProject } from '../scripts/support/project-copy.mjs';
import { freePort } from '../scripts/support/servers.mjs';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const SKIP = new Set((args.find((a) => a.startsWith('--skip=')) ?? '').slice(7).split(','));
const HELLO = path.join(ROOT, 'bench/hello');
const OPENCC_MARKERS = ['一丝不挂 一絲不掛', '㐷 傌|㐹 㑶'];
const out = [];
const say = (line = '') => {
  out.push(line);
  console.log(line);
};

async function buildAll() {
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

async function startAll() {
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

/** Sum of gzip sizes of the scripts a page references, and whether any holds opencc data. */
async function clientJs(base, pagePath) {
  const html = await (await fetch(base + pagePath)).text();
  let total = 0;
  let opencc = 0;
  const files = [];
  for (const src of jsSources(html)) {
    const js = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    const size = gzipSize(js);
    total += size;
    files.push([src, size]);
    const text = js.toString('utf8');
    if (OPENCC_MARKERS.some((m) => text.includes(m))) opencc += js.length;
  }
  return { total, opencc, files, html };
}

/** The floor: the article's words in plain, hand-written semantic HTML, nothing else. */
function floorHtml(articleHtml) {
  const strip = (s) => s.replace(/<[^>]+>/g, '');
  const title = strip(articleHtml.match(/<h1>(.*?)<\/h1>/)?.[1] ?? '');
  const byline = strip(articleHtml.match(/<p class="byline">(.*?)<\/p>/)?.[1] ?? '');
  const body = [...articleHtml.matchAll(/<h2 id="[^"]*">(.*?)<\/h2>|<p id="(p\d+)">(.*?)<\/p>/g)]
    .map((m) => (m[1] ? `<h2>${strip(m[1])}</h2>` : `<p>${strip(m[3])}</p>`))
    .join('\n');
  const credit = strip(
    articleHtml.match(/<footer class="article-footer"><p>(.*?)<\/p>/)?.[1] ?? '',
  );
  return `<!DOCTYPE html>
<html lang="zh-Hans">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<article>
<h1>${title}</h1>
<p>${byline}</p>
${body}
<footer><p>${credit}</p></footer>
</article>
</body>
</html>
`;
}

/** Where the article page's HTML repeats itself: the inlined page data, the quotes, the TOC. */
function htmlParts(html) {
  const flight = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)]
    .map((m) => m[1])
    .join('');
  const panel = html.match(/<aside class="quotes-panel".*?<\/aside>/s)?.[0] ?? '';
  const pull = html.match(/<aside class="pull-quote".*?<\/aside>/s)?.[0] ?? '';
  const toc = html.match(/<nav class="toc".*?<\/nav>/s)?.[0] ?? '';
  const head = html.match(/<head>.*?<\/head>/s)?.[0] ?? '';
  const styles = [...html.matchAll(/<style[^>]*>.*?<\/style>/gs)].map((m) => m[0]).join('');
  return { flight, panel, pull, toc, head, styles };
}

/**
 * One Lighthouse run. By default its simulated throttling (Lantern: a model fed by an
 * unthrottled load, which counts every request that finished before the observed paint);
 * with `devtools`, the page really loads throttled (Lighthouse's mobile 4G and 4× CPU), so
 * a render-blocking request shows as the wait it is.
 */
function lighthouseOnce(url, { devtools = false } = {}) {
  return new Promise((resolve, reject) => {
    const file = path.join(os.tmpdir(), `lh-${process.pid}-${Date.now()}.json`);
    const proc = spawn(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
        url,
        '--output=json',
        `--output-path=${file}`,
        '--quiet',
        ...(devtools ? ['--throttling-method=devtools'] : []),
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
        stdio: 'ignore',
      },
    );
    proc.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code} for ${url}`));
      const report = JSON.parse(fs.readFileSync(file, 'utf8'));
      fs.rmSync(file, { force: true });
      const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
      const audit = (id) => report.audits[id]?.numericValue ?? NaN;
      resolve({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: audit('largest-contentful-paint'),
        fcp: audit('first-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        tbt: audit('total-blocking-time'),
        mainThread: Object.fromEntries(
          (report.audits['mainthread-work-breakdown']?.details?.items ?? []).map((item) => [
            item.group,
            item.duration,
          ]),
        ),
      });
    });
  });
}

/**
 * DOM elements in a loaded page, and how many of them React hydrated (it tags each element it
 * manages with a `__reactFiber$…` property); elements inside static HTML it never walks.
 */
async function hydratedElements(url) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    return await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      const hydrated = all.filter((el) =>
        Object.keys(el).some((k) => k.startsWith('__reactFiber')),
      );
      return { elements: all.length, hydrated: hydrated.length };
    });
  } finally {
    await browser.close();
  }
}

/** Pages also measured with real throttling (see lighthouseThrottled). */
const DEVTOOLS_PAGES = new Set([
  `/zh-hans/${SLUG}`,
  `/zh-hant/${SLUG}`,
  '/zh-hans (index)',
  'text floor (bench/hello/text)',
]);

/**
 * The same pages loaded with real throttling. On these machines the observed first paint of
 * any long CJK page comes after every script has arrived, so the simulation counts all of
 * them for the floor and the article alike, and a render-blocking stylesheet barely shows;
 * loaded throttled, the stylesheet's round trip is there to see.
 */
async function lighthouseThrottled(pages, floor, runs) {
  const results = new Map(pages.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of pages) {
      results.get(name).push(await lighthouseOnce(url, { devtools: true }));
    }
  }
  const m = (name, k) => median(results.get(name).map((r) => r[k]));
  say(
    `With real throttling (\`--throttling-method=devtools\`: mobile 4G and 4× CPU applied to the load itself), medians of ${runs}:`,
  );
  say();
  say('| page | Performance | FCP | LCP | TBT | CLS | LCP ÷ floor |');
  say('|---|---|---|---|---|---|---|');
  for (const [name] of pages) {
    say(
      `| ${name} | ${m(name, 'performance')} | ${(m(name, 'fcp') / 1000).toFixed(2)} s | ${(m(name, 'lcp') / 1000).toFixed(2)} s | ${Math.round(m(name, 'tbt'))} ms | ${m(name, 'cls').toFixed(3)} | ${(m(name, 'lcp') / m(floor, 'lcp')).toFixed(2)}× |`,
    );
  }
  say();
}

/** Main-thread groups Lighthouse reports, in the order shown. */
const MAIN_THREAD = [
  ['scriptEvaluation', 'script'],
  ['styleLayout', 'style & layout'],
  ['paintCompositeRender', 'paint'],
  ['parseHTML', 'parse HTML'],
  ['scriptParseCompile', 'compile'],
  ['garbageCollection', 'GC'],
  ['other', 'other'],
];

async function lighthouse(base, hello) {
  const runs = QUICK ? 1 : 5;
  say('## Lighthouse 12.2.3 (mobile defaults, Debian Chromium)');
  say();
  say(
    `Median of ${runs} run(s) per page, pages interleaved in each round. The text floor is a bare Next page with the interview's text as plain paragraphs (bench/hello/text).`,
  );
  say();
  const pages = [
    [`/zh-hans/${SLUG}`, `${base}/zh-hans/${SLUG}`],
    [`/zh-hant/${SLUG}`, `${base}/zh-hant/${SLUG}`],
    [`/zh-hant-hk/${SLUG}`, `${base}/zh-hant-hk/${SLUG}`],
    // The archive's pages: the index, a person's page, search results.
    ['/zh-hans (index)', `${base}/zh-hans`],
    ['/zh-hant/people/刘庆峰', `${base}/zh-hant/people/${encodeURIComponent('刘庆峰')}`],
    ['/zh-hans/search?q=算力', `${base}/zh-hans/search?q=${encodeURIComponent('算力')}`],
    ['text floor (bench/hello/text)', `${hello}/text`],
  ];
  const results = new Map(pages.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of pages) results.get(name).push(await lighthouseOnce(url));
  }
  const medianOf = (name, pick) => median(results.get(name).map(pick));
  say('| page | Performance | Accessibility | Best Practices | SEO | LCP | TBT | CLS |');
  say('|---|---|---|---|---|---|---|---|');
  for (const [name] of pages) {
    const m = (k) => medianOf(name, (r) => r[k]);
    say(
      `| ${name} | ${m('performance')} | ${m('accessibility')} | ${m('bestPractices')} | ${m('seo')} | ${(m('lcp') / 1000).toFixed(2)} s | ${Math.round(m('tbt'))} ms | ${m('cls').toFixed(3)} |`,
    );
  }
  say();
  const floor = 'text floor (bench/hello/text)';
  const ratio = (name, k) =>
    medianOf(name, (r) => r[k]) /
    Math.max(
      medianOf(floor, (r) => r[k]),
      1,
    );
  for (const [name] of pages.filter(([n]) => n !== floor)) {
    say(
      `${name} against the floor: Performance ${medianOf(name, (r) => r.performance) - medianOf(floor, (r) => r.performance)} points, TBT ${ratio(name, 'tbt').toFixed(2)}×, LCP ${ratio(name, 'lcp').toFixed(2)}× (targets: within 2 points, ≤ 1.2×, ≤ 1.1×).`,
    );
    say();
  }
  await lighthouseThrottled(
    pages.filter(([name]) => DEVTOOLS_PAGES.has(name)),
    floor,
    runs,
  );
  say('Main-thread work (Lighthouse mainthread-work-breakdown, ms, medians) and hydration:');
  say();
  say(
    `| page | ${MAIN_THREAD.map(([, label]) => label).join(' | ')} | DOM elements | hydrated by React |`,
  );
  say(`|---|${MAIN_THREAD.map(() => '---').join('|')}|---|---|`);
  for (const [name, url] of pages) {
    const counts = await hydratedElements(url);
    const cells = MAIN_THREAD.map(([group]) =>
      Math.round(medianOf(name, (r) => r.mainThread[group] ?? 0)),
    );
    say(`| ${name} | ${cells.join(' | ')} | ${counts.elements} | ${counts.hydrated} |`);
  }
  say();
}

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

/** The project's own front: deploy/nginx in front of the running next start (npm run start:nginx). */
async function startNginxFront(site) {
  const port = await freePort();
  const upstream = new URL(site.base).host;
  const front = await startServer(
    process.execPath,
    [path.join(ROOT, 'scripts/start-nginx.mjs'), '--upstream', upstream],
    { env: { PORT: String(port) }, probe: `http://127.0.0.1:${port}/zh-hans/${SLUG}` },
  );
  return { ...front, url: `http://127.0.0.1:${port}/zh-hans/${SLUG}` };
}

/**
 * Uncached requests through nginx with 1 and with 2 origins: `/` with a reader's
 * Accept-Language, the redirect no cache may keep, so every one reaches an origin.
 */
async function originsThroughput() {
  const connections = 20;
  const duration = QUICK ? 5 : 15;
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
  say('## Several origins (uncached `/` through nginx)');
  say();
  say(
    `\`npm run start:nginx -- --origins N\`, autocannon ${connections} connections for ${duration} s on \`/\` with \`Accept-Language: zh-HK\`: a 307 that depends on the reader, never cached, so every request reaches an origin.`,
  );
  say();
  say('| origins | req/s | p50 | p97.5 | 307s | other answers or errors |');
  say('|---|---|---|---|---|---|');
  for (const r of rows) {
    say(
      `| ${r.count} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p97} ms | ${r.redirects} | ${r.bad} |`,
    );
  }
  const [one, two] = rows;
  if (one && two) {
    say();
    say(
      `Two origins serve **${(two.rps / one.rps).toFixed(2)}×** one on ${os.cpus().length} cores (nginx and both origins share them).`,
    );
  }
  say();
}

async function throughput(site, hello, articleHtml) {
  const rounds = QUICK ? 1 : 5;
  const duration = QUICK ? 3 : 10;
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
    ['article page (next start)', `${site.base}/zh-hans/${SLUG}`],
    ['text floor (next start, bench/hello/text)', `${hello.base}/text`],
    ["text floor + filler to the article's size (bench/hello/matched)", `${hello.base}/matched`],
    ['hello world (next start, bench/hello)', `${hello.base}/`],
    ...(front ? [['article through nginx (deploy/nginx, cache HIT)', front.url]] : []),
    ...(nginx ? [['article HTML, gzip_static (nginx, ceiling)', nginx.url]] : []),
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
        },
      ];
    }),
  );
  const article = medians.get(targets[0][0]);
  say('## Throughput (autocannon on loopback, Accept-Encoding: gzip, br)');
  say();
  say(
    `${connections} connections, ${duration} s per target, ${rounds} interleaved round(s); medians of rounds. ` +
      'next start compresses every response with gzip (zlib level 6); nginx serves the cached or precompressed gzip copy.',
  );
  say();
  say(
    '| target | req/s | p99 latency | HTML (raw) | bytes/response (sent) | non-2xx + errors | article ÷ target |',
  );
  say('|---|---|---|---|---|---|---|');
  for (const [name] of targets) {
    const m = medians.get(name);
    say(
      `| ${name} | ${m.rps.toFixed(0)} | ${m.p99} ms | ${kb(rawSize.get(name))} | ${Math.round(m.bytesPerReq)} | ${m.bad} | ${(article.rps / m.rps).toFixed(2)} |`,
    );
  }
  say();
  say(
    'The byte-matched floor is the text floor plus filler up to the article page’s raw size: ' +
      'the article’s paragraphs again, each ideograph shifted a few code points, so it compresses ' +
      'like the prose without repeating it. Same server, same compression, same bytes: where the ' +
      'article comes close to it, what separates the article from the text floor is the number ' +
      'of bytes each response carries and compresses, not how the page is rendered.',
  );
  say();
  const proxied = medians.get('article through nginx (deploy/nginx, cache HIT)');
  const ceiling = medians.get('article HTML, gzip_static (nginx, ceiling)');
  if (proxied && ceiling) {
    say(
      `Through nginx: **${(proxied.rps / article.rps).toFixed(1)}×** next start (target ≥ 10×), ` +
        `**${(proxied.rps / ceiling.rps).toFixed(2)}** of the gzip_static ceiling (target ≥ 0.8); ` +
        `p99 ${proxied.p99} ms against ${article.p99} ms.`,
    );
    say();
  }
  return medians;
}

/** A copy of the project with `count` articles: the interview and copies of it, retitled. */
function projectWith(count) {
  const source = fs.readFileSync(path.join(ROOT, 'content', `${SLUG}.md`), 'utf8');
  const articles = {};
  for (let i = 0; i < count; i++) {
    const slug = i === 0 ? SLUG : `${SLUG}-${i}`;
    articles[`${slug}.md`] =
      i === 0 ? source : source.replace(/^title: (.*)$/m, `title: $1（${i}）`);
  }
  return copyProject(`bench-${count}`, { articles });
}

/** Whether a route handler's kept response (`.body`) is an HTML page (the article's). */
function isHtmlBody(file) {
  if (!file.endsWith('.body')) return false;
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(15);
  fs.readSync(fd, head, 0, 15, 0);
  fs.closeSync(fd);
  return head.toString('latin1').toUpperCase() === '<!DOCTYPE HTML>';
}

/** What a build wrote for its pages: files and bytes under .next/server/app, and how many are cards. */
function outputOf(dir) {
  let bytes = 0;
  let cards = 0;
  let pages = 0;
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else {
        bytes += fs.statSync(file).size;
        if (entry.name.endsWith('.png.body')) cards += 1;
        if (entry.name.endsWith('.html') || isHtmlBody(file)) pages += 1;
      }
    }
  };
  walk(path.join(dir, '.next', 'server', 'app'));
  return { bytes, cards, pages };
}

async function buildCost() {
  const counts = QUICK ? [1, 20] : [1, 100, 200];
  const rows = [];
  for (const count of counts) {
    const dir = projectWith(count);
    try {
      rows.push({ count, ...(await timedBuild(dir)), ...outputOf(dir) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  say('## Build cost (`next build` in a temporary copy)');
  say();
  say(
    'Each article is prerendered in both scripts, with a share page and a card for each of its sections and quotations; generated articles are copies of the interview.',
  );
  say();
  say(
    '| articles | HTML pages (articles, share pages) | cards (PNG) | build time | peak memory (process tree RSS) | output (.next/server/app) | output per article |',
  );
  say('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    say(
      `| ${r.count} | ${r.pages} | ${r.cards} | ${r.seconds.toFixed(1)} s | ${(r.peak / 2 ** 20).toFixed(0)} MiB | ${(r.bytes / 2 ** 20).toFixed(1)} MiB | ${(r.bytes / r.count / 2 ** 10).toFixed(0)} KB |`,
    );
  }
  const first = rows[0];
  const last = rows.at(-1);
  const perArticle = (last.seconds - first.seconds) / (last.count - first.count);
  say();
  say(
    `Cost per article: ${(perArticle * 1000).toFixed(0)} ms of build time (from ${first.count} to ${last.count}).`,
  );
  if (rows.length >= 3) {
    const mid = rows[1];
    const predicted = first.seconds + perArticle * (mid.count - first.count);
    say(
      `Linearity: ${mid.count} articles took ${mid.seconds.toFixed(1)} s; a straight line through the ends predicts ${predicted.toFixed(1)} s (${(((mid.seconds - predicted) / predicted) * 100).toFixed(0)}% off).`,
    );
  }
  say();
}

async function main() {
  say('# Benchmark results');
  say();
  say(
    `Run on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
  );
  say(`Reproduce with \`npm run bench\`${QUICK ? ' (this run: --quick)' : ''}.`);
  say();
  const cjk = await new Promise((resolve) => {
    const fc = spawn('fc-list', [':lang=zh', 'family'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    fc.stdout.on('data', (d) => (out += d));
    fc.on('error', () => resolve(''));
    fc.on('exit', () => resolve(out.trim()));
  });
  say(
    cjk
      ? `CJK fonts: ${cjk.split('\n').length} Chinese families (fc-list), e.g. ${cjk.split('\n')[0]}.`
      : '**No Chinese font is installed** (`fc-list :lang=zh` is empty): every Han character goes through font fallback and Lighthouse measures that. Install fonts-noto-cjk.',
  );
  say();
  await buildAll();
  const { site, hello } = await startAll();
  try {
    say('## Client JavaScript (gzip -9 of every `<script src>` the page loads)');
    say();
    const baseline = await clientJs(hello.base, '/');
    say('| page | scripts | gzip total | over baseline | opencc data |');
    say('|---|---|---|---|---|');
    say(
      `| hello world (baseline, bench/hello) | ${baseline.files.length} | ${kb(baseline.total)} | — | — |`,
    );
    let articleHtml = '';
    for (const script of ['zh-hans', 'zh-hant', 'zh-hant-hk']) {
      const page = await clientJs(site.base, `/${script}/${SLUG}`);
      if (script === 'zh-hans') articleHtml = page.html;
      say(
        `| /${script}/${SLUG} | ${page.files.length} | ${kb(page.total)} | ${kb(page.total - baseline.total)} | ${page.opencc} bytes |`,
      );
    }
    // The archive's pages: issue 18 allows them no client JS beyond the toggle's.
    for (const [name, pagePath] of [
      ['/zh-hans (index)', '/zh-hans'],
      ['/zh-hant/people/刘庆峰', `/zh-hant/people/${encodeURIComponent('刘庆峰')}`],
      ['/zh-hans/search?q=算力', `/zh-hans/search?q=${encodeURIComponent('算力')}`],
    ]) {
      const page = await clientJs(site.base, pagePath);
      say(
        `| ${name} | ${page.files.length} | ${kb(page.total)} | ${kb(page.total - baseline.total)} | ${page.opencc} bytes |`,
      );
    }
    say();

    say('## HTML weight (gzip -9)');
    say();
    const floor = floorHtml(articleHtml);
    const a = gzipSize(articleHtml);
    const f = gzipSize(floor);
    const parts = htmlParts(articleHtml);
    say('| document | raw | gzip |');
    say('|---|---|---|');
    say(`| article page /zh-hans/${SLUG} | ${kb(Buffer.byteLength(articleHtml))} | ${kb(a)} |`);
    say(
      `| floor: the same text as plain semantic HTML | ${kb(Buffer.byteLength(floor))} | ${kb(f)} |`,
    );
    say();
    say(`Ratio article ÷ floor (gzip): **${(a / f).toFixed(2)}**.`);
    // The share-card meta tags are exempt from the weight target (issue 11 added them).
    // The pages write void elements without a slash (`<meta …>`, hast-util-to-html's way);
    // a figure that removed nothing would measure nothing, so the count is checked.
    const cardTag = /<meta (?:property|name)="(?:og:image|twitter:)[^"]*" content="[^"]*"\s*\/?>/g;
    const cardTags = articleHtml.match(cardTag)?.length ?? 0;
    if (cardTags === 0) throw new Error('bench: no share-card meta tag found in the article page');
    const withoutCards = articleHtml.replace(cardTag, '');
    say(
      `Without the ${cardTags} share-card meta tags (og:image…, twitter:…): **${(gzipSize(withoutCards) / f).toFixed(2)}** (target ≤ 2.3).`,
    );
    say();
    for (const [name, pagePath] of [
      ['index /zh-hans', '/zh-hans'],
      ['a person /zh-hant/people/刘庆峰', `/zh-hant/people/${encodeURIComponent('刘庆峰')}`],
      ['search /zh-hans/search?q=算力', `/zh-hans/search?q=${encodeURIComponent('算力')}`],
    ]) {
      const html = await (await fetch(site.base + pagePath)).text();
      say(`- ${name}: ${kb(gzipSize(html))} gzip (${(gzipSize(html) / f).toFixed(2)}× the floor)`);
    }
    say();
    say('Where the page repeats itself (raw bytes of each part):');
    say();
    for (const [name, text] of Object.entries({
      "Next's inlined page data (self.__next_f)": parts.flight,
      'quotes panel': parts.panel,
      'pull quote': parts.pull,
      'table of contents': parts.toc,
      '<head> (metadata, alternates, preloads, inlined styles)': parts.head,
      'inlined first-screen styles (in <head> only, not in the page data)': parts.styles,
    })) {
      say(`- ${name}: ${kb(Buffer.byteLength(text))}, ${kb(gzipSize(text))} gzip alone`);
    }
    say();

    if (!SKIP.has('lighthouse')) await lighthouse(site.base, hello.base);
    if (!SKIP.has('throughput')) await throughput(site, hello, articleHtml);
    if (!SKIP.has('origins')) await originsThroughput();
  } finally {
    site.stop();
    hello.stop();
  }
  if (!SKIP.has('build')) await buildCost();
  if (args.includes('--write')) {
    fs.writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), `${out.join('\n')}\n`);
    console.error('wrote bench/RESULTS.md');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
