import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, waitForServer } from '../../scripts/support/servers.mjs';
import { openDb } from '../../src/lib/archive/sqlite';

/**
 * A request no reader sends never decides what readers get (issue 30). Next keeps the first
 * response it makes for a page made on request, whatever asked for it: one POST used to keep a
 * 405 for a card, an OPTIONS a 500, for every reader after, until the origin restarted. Here
 * each odd request goes first to a page nobody has asked for yet, then a reader's GET must get
 * the real page: on next start alone, and through nginx (with the odd request sent both through
 * the front and to the origin behind it). Each part has an origin of its own, started here on
 * the fixture site's build (older articles, their share pages, cards and people's pages are
 * made on request there), so that no other spec can have asked for a page first.
 */
test.describe.configure({ mode: 'default' });

const ROOT = path.resolve(__dirname, '../..');
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');
const SCRIPTS = ['zh-hans', 'zh-hant', 'zh-hant-hk'] as const;

/** The fixture site's copy, built by `npm test` or `npm run test:e2e` (scripts/test.mjs). */
function fixtureDir(): string {
  const dir = process.env.FIXTURE_SITE_DIR;
  if (!dir || !fs.existsSync(path.join(dir, '.next'))) {
    throw new Error(
      'methods.spec needs the built fixture site: run `npm test` or `npm run test:e2e`',
    );
  }
  return dir;
}

type Kind = 'article' | 'card' | 'section' | 'section card' | 'quote' | 'quote card' | 'person';
const HTML = /^text\/html/;
const PNG = /^image\/png/;
const TYPE: Record<Kind | 'search', RegExp> = {
  article: HTML,
  card: PNG,
  section: HTML,
  'section card': PNG,
  quote: HTML,
  'quote card': PNG,
  person: HTML,
  search: HTML,
};

/**
 * For each kind of page made on request, every URL of it the build did not make: read from the
 * build's own manifests (what exists, and what Next prerendered).
 */
function madeOnRequest(dir: string): Record<Kind, string[]> {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, '.next', file), 'utf8'));
  const db = openDb(path.join(dir, '.next', 'archive.db'), { readonly: true });
  const rows = db.prepare('SELECT slug, s, q FROM articles').all() as Record<string, string>[];
  const articles = rows.map((r) => ({
    slug: r.slug!,
    s: JSON.parse(r.s!) as string[],
    q: JSON.parse(r.q!) as string[],
  }));
  const people = (db.prepare('SELECT id FROM people').all() as { id: string }[]).map((r) => r.id);
  db.close();
  const built = new Set(Object.keys(read('prerender-manifest.json').routes).map(decodeURI));
  const pools: Record<Kind, string[]> = {
    article: [],
    card: [],
    section: [],
    'section card': [],
    quote: [],
    'quote card': [],
    person: [],
  };
  const add = (kind: Kind, segments: string[]) => {
    const url = `/${segments.map(encodeURIComponent).join('/')}`;
    if (!built.has(decodeURI(url))) pools[kind].push(url);
  };
  for (const script of SCRIPTS) {
    for (const { slug, s, q } of articles) {
      add('article', [script, slug]);
      add('card', [script, slug, 'card.png']);
      for (const id of s) add('section', [script, slug, 's', id]);
      for (const id of s) add('section card', [script, slug, 's', id, 'card.png']);
      for (const id of q) add('quote', [script, slug, 'q', id]);
      for (const id of q) add('quote card', [script, slug, 'q', id, 'card.png']);
    }
    for (const person of people) add('person', [script, 'people', person]);
  }
  return pools;
}

/** A request no reader's browser sends to this site. */
type Odd = {
  name: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Added to the URL's query. */
  query?: string;
};

const ACTION_ID = '7f'.repeat(21);
const STATE_TREE = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }]));

/** Methods other than GET and HEAD: 405 with `Allow`, never stored, wherever they are sent. */
const METHODS: Odd[] = [
  { name: 'POST', method: 'POST' },
  { name: 'PUT', method: 'PUT', body: 'x' },
  { name: 'DELETE', method: 'DELETE' },
  { name: 'PATCH', method: 'PATCH', body: '{}', headers: { 'content-type': 'application/json' } },
  { name: 'OPTIONS', method: 'OPTIONS' },
  {
    name: 'a server action',
    method: 'POST',
    headers: { 'next-action': ACTION_ID, 'content-type': 'text/plain;charset=UTF-8' },
    body: '[]',
  },
];

/** GET and HEAD with what Next's client router and a browser's prefetch send. */
const READS: Odd[] = [
  { name: 'GET with Next-Action', headers: { 'next-action': ACTION_ID } },
  { name: 'GET with RSC', headers: { rsc: '1' } },
  {
    name: 'an RSC prefetch with a state tree',
    headers: {
      rsc: '1',
      'next-router-prefetch': '1',
      'next-router-state-tree': STATE_TREE,
      'next-router-segment-prefetch': '/_tree',
    },
  },
  { name: '_rsc in the query', query: '_rsc=1x2y3' },
  { name: 'HEAD', method: 'HEAD' },
  {
    name: 'a prefetch for a range, with a revalidation header',
    headers: {
      purpose: 'prefetch',
      'sec-purpose': 'prefetch',
      range: 'bytes=0-9',
      'x-prerender-revalidate': 'bogus',
    },
  },
];

const ODD = [...METHODS, ...READS];

/** Sends `odd` to `url`; the response with its body read. */
async function send(base: string, url: string, odd: Odd) {
  const target = odd.query
    ? `${base}${url}${url.includes('?') ? '&' : '?'}${odd.query}`
    : `${base}${url}`;
  const response = await fetch(target, {
    method: odd.method ?? 'GET',
    headers: odd.headers,
    body: odd.body,
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return response;
}

/** What the site answers a method other than GET or HEAD, on the origin or the front. */
function expectNotAllowed(response: Response, where: string) {
  expect(response.status, where).toBe(405);
  expect(response.headers.get('allow'), where).toBe('GET, HEAD');
  expect(response.headers.get('cache-control'), where).toBe('private, no-store');
}

/** A reader's GET of `url`: the page itself, of its kind. */
async function expectThePage(base: string, url: string, kind: Kind | 'search', where: string) {
  const response = await fetch(`${base}${url}`, { redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  expect(response.status, where).toBe(200);
  expect(response.headers.get('content-type') ?? '', where).toMatch(TYPE[kind]);
  if (TYPE[kind] === PNG) {
    expect(body.subarray(1, 4).toString('latin1'), where).toBe('PNG');
    expect(body.length, where).toBeGreaterThan(10_000);
  } else {
    const html = body.toString('utf8');
    expect(html, where).toMatch(/^<!DOCTYPE html>/);
    expect(html, where).toMatch(/<main[ >]/);
  }
  return response;
}

type Server = { child: ChildProcess; base: string };

/** A next start of the fixture site of its own: nothing asked of it yet. */
async function startOrigin(dir: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/zh-hans`, { child, name: 'the fixture origin' });
  return { child, base };
}

/** nginx from deploy/nginx in front of `origin`, with a cache of its own. */
async function startFront(origin: Server): Promise<Server> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts/start-nginx.mjs'), '--upstream', origin.base.slice('http://'.length)],
    { cwd: ROOT, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/zh-hans`, { child, name: 'nginx' });
  return { child, base };
}

async function stop(server: Server | undefined) {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

/** A search nobody has made: its results page is made on request and kept, like a page. */
let searches = 0;
const freshSearch = () => `/zh-hant/search?q=${encodeURIComponent(`人才${++searches}`)}`;

/** The `n`th page of each kind made on request, and a search nobody has made. */
function nthOfEachKind(pools: Record<Kind, string[]>, n: number): [Kind | 'search', string][] {
  return [
    ...Object.entries(pools).map(([kind, urls]): [Kind, string] => [
      kind as Kind,
      urls[n] as string,
    ]),
    ['search', freshSearch()],
  ];
}

test.describe('on next start alone', () => {
  let origin: Server | undefined;
  let pools: Record<Kind, string[]>;

  test.beforeAll(async () => {
    const dir = fixtureDir();
    pools = madeOnRequest(dir);
    for (const [kind, urls] of Object.entries(pools)) {
      // One page of each kind for each odd request below, each asked for by nobody before.
      expect(urls.length, `pages of kind ${kind} made on request`).toBeGreaterThanOrEqual(
        ODD.length,
      );
    }
    origin = await startOrigin(dir);
  });
  test.afterAll(() => stop(origin));

  ODD.forEach((odd, i) => {
    test(`${odd.name} first, then a reader gets the page, of every kind made on request`, async () => {
      const base = origin!.base;
      const pages = nthOfEachKind(pools, i);
      for (const [kind, url] of pages) {
        const where = `${odd.name} ${url}`;
        const first = await send(base, url, odd);
        // What matters most first: the reader gets the page, not what the odd request got.
        await expectThePage(base, url, kind, where);
        if (METHODS.includes(odd)) {
          expectNotAllowed(first, where);
          // Answered before Next's response cache was looked up.
          expect(first.headers.get('x-nextjs-cache'), where).toBeNull();
        } else {
          expect(first.status, where).toBeLessThan(500);
        }
      }
    });
  });

  test('a page the build made answers other methods with 405 too, and stays itself', async () => {
    const base = origin!.base;
    const dir = fixtureDir();
    const manifest = JSON.parse(
      fs.readFileSync(path.join(dir, '.next/prerender-manifest.json'), 'utf8'),
    ) as { routes: Record<string, unknown> };
    const made = Object.keys(manifest.routes).filter((r) => /^\/zh-/.test(r));
    const article = made.find((r) => /^\/zh-hant\/[a-z-]+$/.test(r));
    const person = made.find((r) => r.startsWith('/zh-hans/people/'));
    const section = made.find((r) => /\/s\/[^/]+$/.test(r));
    const urls = ['/zh-hant-hk', '/zh-hans/feed.xml', article, person, section];
    for (const url of urls) {
      expect(url, 'a prerendered page of each kind').toBeTruthy();
      for (const odd of METHODS) {
        expectNotAllowed(await send(base, url as string, odd), `${odd.name} ${url}`);
      }
      const page = await fetch(`${base}${url}`);
      expect(page.status, url).toBe(200);
      expect(page.headers.get('x-nextjs-cache'), url).toBe('HIT');
    }
  });
});

test.describe('through nginx', () => {
  let origin: Server | undefined;
  let front: Server | undefined;
  let pools: Record<Kind, string[]>;

  test.beforeAll(async () => {
    const dir = fixtureDir();
    pools = madeOnRequest(dir);
    origin = await startOrigin(dir);
    front = await startFront(origin);
  });
  test.afterAll(async () => {
    await stop(front);
    await stop(origin);
  });

  ODD.forEach((odd, i) => {
    test(`${odd.name} first, through the front and to the origin, then a reader gets the page`, async () => {
      const [nginx, direct] = [front!.base, origin!.base];
      const pages = nthOfEachKind(pools, i);
      for (const [kind, url] of pages) {
        const where = `${odd.name} ${url}`;
        const first = await send(nginx, url, odd);
        // A method the front refuses is sent to the origin too, past the front (as another
        // host on its network could): the front's next GET must still bring the page.
        const past = METHODS.includes(odd) ? await send(direct, url, odd) : undefined;
        await expectThePage(nginx, url, kind, where);
        if (past) {
          // The front answers it itself, as the origin would, and the origin the same.
          expectNotAllowed(first, `${where} (nginx)`);
          expectNotAllowed(past, `${where} (origin)`);
        } else {
          expect(first.status, where).toBeLessThan(500);
        }
        // An answer that was not the page is never kept by the front.
        const again = await send(nginx, url, odd);
        if (again.status >= 400)
          expect(again.headers.get('x-cache-status') ?? '', where).not.toBe('HIT');
        // The page is, and it is the page.
        const kept = await expectThePage(nginx, url, kind, where);
        expect(kept.headers.get('x-cache-status'), where).toBe('HIT');
      }
    });
  });
});
