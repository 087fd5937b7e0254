// `npm run bench:archive`: builds synthetic archives (100, 1,000 and 10,000 interviews by
// default; `--sizes=1000,10000,100000` for the archive of 100,000, about 25 minutes on Node 24) in
// temporary copies of the project and records, for each: build time, peak memory of the build's
// process tree, output size and file count, the archive database's size, search latency
// (autocannon, 10 connections: p50 and p97.5, medians of `--search-runs` runs; the same queries
// through nginx; new queries also through nginx to one origin and to two), an older article's
// card made on first request (time, then its repeat through nginx: HIT?), and the origin's
// memory after.
// Prints Markdown; `--write` appends it to bench/RESULTS.md. Figures, never a timed test.
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { copyProject } from '../scripts/support/project-copy.mjs';
import { freePort, nginxMissing } from '../scripts/support/servers.mjs';
import { cpuMs, gzipSize, NEXT_BIN, ROOT, startServer, timedBuild, treeRss } from './lib.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const SIZES = option('sizes', '100,1000,10000').split(',').map(Number);
const SEARCH_SECONDS = Number(option('search-seconds', '10'));
const SEARCH_RUNS = Number(option('search-runs', '3'));
// Load before each measure, so the JIT has compiled the server's code paths as on an origin that
// has been serving: after 3 s, the next 8 s still cost 1.7× the CPU per request of the 8 s after.
const WARM_SECONDS = 10;
const out = [];
const say = (line = '') => {
  out.push(line);
  console.log(line);
};

// ---------------------------------------------------------------------------------------------
// Synthetic interviews: paragraphs and headings drawn from the real ones (the seed and the
// fixture corpus), so the text has real Chinese's character pairs; 200 people, some
// interviewed many times; one article a day, backwards from 2026-11-30.

const SOURCES = [path.join(ROOT, 'content'), path.join(ROOT, 'tests/fixtures/articles')].flatMap(
  (dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8')),
);
const bodies = SOURCES.map((s) => s.replace(/^---[\s\S]*?\n---\n/, ''));
const blocks = bodies.flatMap((b) => b.split(/\n{2,}/).map((p) => p.trim()));
const PARAGRAPHS = blocks.filter(
  (p) => /^[\p{Script=Han}“]/u.test(p) && !/[|*#>!\[\]`]/.test(p) && [...p].length > 20,
);
const HEADINGS = blocks
  .filter((p) => /^## /.test(p))
  .map((p) => p.slice(3).replace(/\s*\{#.*\}$/, ''));
const SURNAMES = [...'王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林'];
const GIVEN = ['建国', '明远', '晓岚', '志远', '海燕', '立群', '文博', '一鸣', '家宁', '国栋'];
const ROLES = ['董事长', '研究院院长', '总经理', '教授', '合作社理事长', '首席科学家'];

/** A small deterministic random number generator, so every run writes the same archive. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function interview(i) {
  const rand = random(i + 1);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const name = `${SURNAMES[i % 20]}${GIVEN[Math.floor(i / 20) % 10]}`;
  const day = new Date(Date.UTC(2026, 10, 30) - i * 86_400_000).toISOString().slice(0, 10);
  const sections = Array.from({ length: 3 }, (_, s) => {
    const paragraphs = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(PARAGRAPHS));
    return `## ${pick(HEADINGS)}（${s + 1}）\n\n${paragraphs.join('\n\n')}`;
  });
  const lede = [pick(PARAGRAPHS), pick(PARAGRAPHS)].join('\n\n');
  return [
    '---',
    `title: ${name}：${pick(HEADINGS)}`,
    'publication: 合成周刊',
    `issue: ${day.slice(0, 4)}年第${(i % 24) + 1}期`,
    `date: ${day}`,
    'reporter:',
    '  name: 石青川',
    'interviewee:',
    `  name: ${name}`,
    `  role: 某公司${pick(ROLES)}`,
    '---',
    '',
    lede,
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}

function archiveOf(count) {
  const articles = {};
  for (let i = 0; i < count; i++)
    articles[`interview-${String(i).padStart(5, '0')}.md`] = interview(i);
  return copyProject(`bench-archive-${count}`, { articles });
}

// ---------------------------------------------------------------------------------------------

/** Files and bytes a build wrote under .next (its cache left out), and the search index's size. */
function outputOf(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (file !== path.join(dir, '.next', 'cache')) walk(file);
      } else {
        bytes += fs.statSync(file).size;
        files += 1;
      }
    }
  };
  walk(path.join(dir, '.next'));
  const index = fs.statSync(path.join(dir, '.next', 'archive.db')).size;
  return { bytes, files, index };
}

const QUERIES = [
  '王建国',
  '人工智能',
  '劉慶峰',
  '合作社',
  '算力 人才',
  '數據',
  'ChatGPT',
  '温室',
  '发展规划',
];

/**
 * Queries no reader asked before: pairs of words cut from the synthetic text, each asked once,
 * so every request makes its results page (a repeated query is served from what was kept).
 */
function freshQueries(count) {
  const rand = random(4242);
  const words = [...new Set(PARAGRAPHS.flatMap((p) => p.match(/\p{Script=Han}{2,3}/gu) ?? []))];
  const out = new Set();
  while (out.size < count) {
    out.add(
      `${words[Math.floor(rand() * words.length)]} ${words[Math.floor(rand() * words.length)]}`,
    );
  }
  return [...out];
}

/**
 * autocannon at 10 connections for `seconds` over these paths, in turn: each request takes the
 * next path, whichever connection sends it (a list of requests per connection would send every
 * path once on each, and all but the first would find it made).
 */
function load(base, paths, seconds) {
  let next = 0;
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: base,
        connections: 10,
        duration: seconds,
        requests: [
          { setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) },
        ],
        headers: { 'accept-encoding': 'gzip' },
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    ),
  );
}

const searchPath = (q) => `/zh-hans/search?q=${encodeURIComponent(q)}`;

/** The middle value of a list of numbers (the mean of the two middle ones for an even count). */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Search latency at 10 connections, after a warm-up of WARM_SECONDS on `warmQueries` (the
 * server's code paths compiled by the JIT, as on an origin that has been serving; a fresh
 * process's first seconds are slower): SEARCH_RUNS runs of SEARCH_SECONDS, one after another,
 * the n-th over `queriesFor(n)`, and their medians (one run's tail on this shared machine
 * follows whatever else it runs then). With `warmQueries` the same as every run's queries,
 * every measured query was asked before; with queries none asked before, none was. With
 * `origin` (the process answering), also the CPU time it spent per request over all runs:
 * steadier than latency on a shared machine, and what sets it (at 10 connections on one
 * thread, p50 ≈ 10 × that).
 */
async function searchLatency(base, queriesFor, warmQueries, origin) {
  // The first search reads the index.
  for (const q of warmQueries.slice(0, QUERIES.length)) await fetch(`${base}${searchPath(q)}`);
  await load(base, warmQueries.map(searchPath), WARM_SECONDS);
  const cpuBefore = origin ? cpuMs(origin) : 0;
  const runs = [];
  for (let n = 0; n < SEARCH_RUNS; n++) {
    runs.push(await load(base, queriesFor(n).map(searchPath), SEARCH_SECONDS));
  }
  const requests = runs.reduce((sum, run) => sum + run.requests.total, 0);
  return {
    p50: median(runs.map((run) => run.latency.p50)),
    p97: median(runs.map((run) => run.latency.p97_5)),
    p97s: runs.map((run) => run.latency.p97_5),
    rps: median(runs.map((run) => run.requests.average)),
    bad: runs.reduce((sum, run) => sum + run.non2xx + run.errors, 0),
    cpu: origin ? (cpuMs(origin) - cpuBefore) / requests : undefined,
  };
}

async function timed(url) {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return {
    ms: performance.now() - started,
    status: response.status,
    cache: response.headers.get('x-cache-status') ?? response.headers.get('x-nextjs-cache'),
  };
}

async function serve(dir, count) {
  // Every server started here is stopped on the way out, whatever fails: one left running would
  // share the cores with what the bench runs next.
  const servers = [];
  const start = async (...options) => {
    const server = await startServer(...options);
    servers.push(server);
    return server;
  };
  try {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const site = await start(
      process.execPath,
      [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
      {
        cwd: dir,
        probe: `${base}/zh-hans`,
        timeout: 120_000,
      },
    );
    const frontPort = await freePort();
    await start(
      process.execPath,
      [path.join(ROOT, 'scripts/start-nginx.mjs'), '--upstream', `127.0.0.1:${port}`],
      {
        cwd: dir,
        env: { PORT: String(frontPort) },
        probe: `http://127.0.0.1:${frontPort}/zh-hans`,
      },
    );
    const older = (n) => `interview-${String(count - 1 - n).padStart(5, '0')}`;
    const card = `/zh-hant/${older(0)}/card.png`;
    // The first card this origin draws pays for loading the fonts, the converter and the
    // renderer; the next one, of another article, is what a reader meets on a running site.
    const cold = await timed(`http://127.0.0.1:${frontPort}${card}`);
    const repeat = await timed(`http://127.0.0.1:${frontPort}${card}`);
    const first = await timed(`http://127.0.0.1:${frontPort}/zh-hant/${older(1)}/card.png`);
    const page = await timed(`${base}/zh-hans/${older(2)}`);
    // The index's last page, made on its first request like an older article.
    const lastPage = await timed(`${base}/zh-hant/page/${Math.ceil(count / 30)}`);
    const search = await searchLatency(base, () => QUERIES, QUERIES, site.proc.pid);
    // The same through the documented deploy: nginx keeps what the origin marks s-maxage.
    const keptViaNginx = await searchLatency(
      `http://127.0.0.1:${frontPort}`,
      () => QUERIES,
      QUERIES,
    );
    // More queries than the runs can use, so none repeats: the first part of each third warms
    // up. A third for this origin alone, a third through nginx to it, a third through nginx to
    // two origins.
    const perRun = SEARCH_SECONDS * 500;
    const third = WARM_SECONDS * 500 + SEARCH_RUNS * perRun;
    const queries = freshQueries(3 * third);
    const newQueries = (n, at, origin) => {
      const part = queries.slice(n * third, (n + 1) * third);
      const warm = part.slice(0, WARM_SECONDS * 500);
      const run = (r) => part.slice(warm.length + r * perRun, warm.length + (r + 1) * perRun);
      return searchLatency(at, run, warm, origin);
    };
    const fresh = await newQueries(0, base, site.proc.pid);
    const html = async (p) => gzipSize(Buffer.from(await (await fetch(`${base}${p}`)).text()));
    const weights = {
      index: await html('/zh-hans'),
      person: await html(`/zh-hant/people/${encodeURIComponent(`${SURNAMES[0]}${GIVEN[0]}`)}`),
      search: await html(`/zh-hans/search?q=${encodeURIComponent('人工智能')}`),
    };
    const serverRss = treeRss(site.proc.pid);
    // Where one origin is outgrown: more origins, each reading the same build's archive.db,
    // behind nginx (here a second on the same machine, so the figure shows it works and what
    // nginx costs, not what a second machine adds).
    const viaOne = await newQueries(1, `http://127.0.0.1:${frontPort}`);
    const port2 = await freePort();
    await start(
      process.execPath,
      [NEXT_BIN, 'start', '--port', String(port2), '--hostname', '127.0.0.1'],
      { cwd: dir, probe: `http://127.0.0.1:${port2}/zh-hans`, timeout: 120_000 },
    );
    const frontPort2 = await freePort();
    await start(
      process.execPath,
      [
        path.join(ROOT, 'scripts/start-nginx.mjs'),
        '--upstream',
        `127.0.0.1:${port},127.0.0.1:${port2}`,
      ],
      {
        cwd: dir,
        env: { PORT: String(frontPort2) },
        probe: `http://127.0.0.1:${frontPort2}/zh-hans`,
      },
    );
    const viaTwo = await newQueries(2, `http://127.0.0.1:${frontPort2}`);
    return {
      cold,
      first,
      repeat,
      page,
      lastPage,
      search,
      fresh,
      serverRss,
      weights,
      viaOne,
      keptViaNginx,
      viaTwo,
    };
  } finally {
    for (const server of servers) server.stop();
  }
}

// Every size is served through nginx too: without it, stop before the first build.
const missing = !args.includes('--write-only') && nginxMissing();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rows = [];
for (const count of SIZES) {
  console.error(`archive of ${count}: writing, building…`);
  const dir = archiveOf(count);
  if (args.includes('--write-only')) {
    console.log(dir);
    continue;
  }
  try {
    const build = await timedBuild(dir);
    const output = outputOf(dir);
    console.error(`  built in ${build.seconds.toFixed(0)} s; serving…`);
    const served = await serve(dir, count);
    rows.push({ count, ...build, ...output, ...served });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

say(
  `## Archive at scale (\`npm run bench:archive\`, ${new Date().toISOString().slice(0, 10)}, Node ${process.version})`,
);
say();
say(
  'Synthetic interviews (paragraphs drawn from the seed and the fixture corpus, 200 people, one a day), built in a temporary copy by `npm run build` (Next compiles, the archive’s database is written, Next makes the pages); the 30 newest are made ahead, cards and everything else on first request. Search: autocannon, 10 connections, ' +
    `${SEARCH_RUNS} runs of ${SEARCH_SECONDS} s one after another (their medians; each run’s p97.5 in brackets), ${QUERIES.length} queries in turn (names, words, traditional, two terms) on \`next start\`, after ${WARM_SECONDS} s of the same (a query's results page is kept after its first request); then with every request a query never asked before (two words from the text), after ${WARM_SECONDS} s of other new ones.`,
);
say();
say(
  '| articles | build | peak RSS | output (.next, no cache) | files | archive.db | search p50 / p97.5 (each run’s p97.5) | search req/s | search, each query new: p50 / p97.5, req/s | origin CPU per search: kept / new | older card, first in a fresh origin | its repeat (nginx) | another older card, first | older article page, first | last index page, first | server RSS after |',
);
say('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  say(
    `| ${r.count.toLocaleString('en')} | ${r.seconds.toFixed(0)} s | ${mb(r.peak)} | ${mb(r.bytes)} | ${r.files.toLocaleString('en')} | ${mb(r.index)} | ${r.search.p50} / ${r.search.p97} ms (${r.search.p97s.join(', ')}) | ${r.search.rps.toFixed(0)}${r.search.bad ? ` (${r.search.bad} bad)` : ''} | ${r.fresh.p50} / ${r.fresh.p97} ms, ${r.fresh.rps.toFixed(0)}${r.fresh.bad ? ` (${r.fresh.bad} bad)` : ''} | ${r.search.cpu.toFixed(1)} / ${r.fresh.cpu.toFixed(1)} ms | ${r.cold.ms.toFixed(0)} ms (${r.cold.status}, ${r.cold.cache}) | ${r.repeat.ms.toFixed(0)} ms (${r.repeat.status}, ${r.repeat.cache}) | ${r.first.ms.toFixed(0)} ms (${r.first.status}, ${r.first.cache}) | ${r.page.ms.toFixed(0)} ms | ${r.lastPage.ms.toFixed(0)} ms (${r.lastPage.status}) | ${mb(r.serverRss)} |`,
  );
}
say();
say(
  'Search through nginx (deploy/nginx): the same queries as above in turn, which nginx keeps after the first request (their results are sent with `s-maxage`); then every request a query never asked before, to the origin above alone and to it and a second origin on the same build (`npm run start:nginx -- --upstream a,b`; both on these 2 cores, with nginx and the load):',
);
say();
say(
  '| articles | asked before, through nginx | never asked: one origin, direct | through nginx, one origin | through nginx, two origins |',
);
say('|---|---|---|---|---|');
for (const r of rows) {
  const cell = (x) =>
    `${x.p50} / ${x.p97} ms, ${x.rps.toFixed(0)}/s${x.bad ? ` (${x.bad} bad)` : ''}`;
  say(
    `| ${r.count.toLocaleString('en')} | ${cell(r.keptViaNginx)} | ${cell(r.fresh)} | ${cell(r.viaOne)} | ${cell(r.viaTwo)} |`,
  );
}
say();
say('HTML weight (gzip -9) of the archive pages, 30 entries each where there are 30:');
say();
say('| articles | index page 1 | a person’s page (zh-hant) | search results (人工智能) |');
say('|---|---|---|---|');
for (const r of rows) {
  const k = (b) => `${(b / 1024).toFixed(1)} KB`;
  say(
    `| ${r.count.toLocaleString('en')} | ${k(r.weights.index)} | ${k(r.weights.person)} | ${k(r.weights.search)} |`,
  );
}
say();
for (let i = 1; i < rows.length; i++) {
  const a = rows[i - 1];
  const b = rows[i];
  const n = b.count - a.count;
  say(
    `From ${a.count.toLocaleString('en')} to ${b.count.toLocaleString('en')} articles, each added article cost **${(((b.seconds - a.seconds) / n) * 1000).toFixed(0)} ms** of build and **${((b.bytes - a.bytes) / n / 1024).toFixed(0)} KB** of output (targets ≤ 40 ms, ≤ 150 KB).`,
  );
}
say();
if (args.includes('--write'))
  fs.appendFileSync(path.join(ROOT, 'bench/RESULTS.md'), `\n${out.join('\n')}\n`);
