import { expect, test } from '@playwright/test';

/**
 * The site through nginx (deploy/nginx/interview-reader.conf, run by the `nginx` project in
 * front of the same next start): caching honours the origin, keeps compressed copies, and never
 * gives one reader another reader's page.
 */
const ARTICLE = '/zh-hans/liu-qingfeng-general-ai';

/** A GET (or HEAD) as a plain HTTP client sends it, redirects not followed. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return fetch(url, { method, headers, redirect: 'manual' });
}

test('a repeat request is a HIT, with the origin’s headers intact and a gzip body', async ({
  baseURL,
}) => {
  const url = `${baseURL}${ARTICLE}?hit-test`;
  const first = await get(url, { 'accept-encoding': 'gzip' });
  expect(first.status).toBe(200);
  expect(first.headers.get('x-cache-status')).toMatch(/MISS|EXPIRED/);
  const second = await get(url, { 'accept-encoding': 'gzip' });
  expect(second.headers.get('x-cache-status')).toBe('HIT');
  expect(second.headers.get('content-encoding')).toBe('gzip');
  for (const header of [
    'content-security-policy',
    'x-content-type-options',
    'referrer-policy',
    'x-frame-options',
    'permissions-policy',
    'etag',
    'cache-control',
  ]) {
    expect(second.headers.get(header), header).toBe(first.headers.get(header));
  }
  expect(await second.text()).toContain(
    '<h1>科大讯飞董事长刘庆峰：加快推动我国通用人工智能发展</h1>',
  );
});

test('a client that does not accept gzip gets a plain, correct body', async ({ baseURL }) => {
  const url = `${baseURL}${ARTICLE}?plain-test`;
  await get(url, { 'accept-encoding': 'gzip' });
  for (let i = 0; i < 2; i++) {
    const response = await get(url, { 'accept-encoding': 'identity' });
    expect(response.headers.get('content-encoding')).toBeNull();
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 15).toString()).toBe('<!DOCTYPE html>');
  }
});

test('If-None-Match gives 304, and HEAD works', async ({ baseURL }) => {
  const url = `${baseURL}${ARTICLE}`;
  const page = await get(url, { 'accept-encoding': 'gzip' });
  const etag = page.headers.get('etag') ?? '';
  expect(etag).not.toBe('');
  const again = await get(url, { 'accept-encoding': 'gzip', 'if-none-match': etag });
  expect(again.status).toBe(304);
  const head = await get(url, {}, 'HEAD');
  expect(head.status).toBe(200);
  expect(head.headers.get('content-type')).toContain('text/html');
  expect(await head.text()).toBe('');
});

test('hashed assets are immutable and cached: the reader’s code, the stylesheet', async ({
  baseURL,
}) => {
  const article = await (await get(`${baseURL}${ARTICLE}`)).text();
  for (const asset of [
    article.match(/\/reader\/[^"]+\.js/)?.[0],
    article.match(/\/styles\/[^"]+\.css/)?.[0],
  ]) {
    expect(asset).toBeTruthy();
    const first = await get(`${baseURL}${asset}`);
    expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const second = await get(`${baseURL}${asset}`);
    expect(second.headers.get('x-cache-status'), asset).toBe('HIT');
  }
});

test('an RSC request never gets the cached page, and a page request never gets RSC data', async ({
  baseURL,
}) => {
  const url = `${baseURL}${ARTICLE}`;
  await get(url);
  const rsc = await get(url, { rsc: '1' });
  expect(rsc.headers.get('content-type') ?? '').not.toContain('text/html');
  const page = await get(url);
  expect(page.headers.get('content-type')).toContain('text/html');
  expect(await page.text()).toMatch(/^<!DOCTYPE html>/);
});

test('the cards one client asks for are paced, 4 a second, and its pages are not', async ({
  baseURL,
}) => {
  const cards = Array.from({ length: 9 }, (_, i) => `${baseURL}${ARTICLE}/p/p${i + 1}/1/card.png`);
  // Drawn and kept first, so that what follows costs nginx a cache hit each and nothing else.
  for (const card of await Promise.all(cards.map((url) => get(url)))) {
    expect(card.status).toBe(200);
  }
  const started = Date.now();
  const page = get(`${baseURL}${ARTICLE}`).then((r) => ({ status: r.status, at: Date.now() }));
  const hits = await Promise.all(cards.map((url) => get(url)));
  const elapsed = Date.now() - started;
  expect(hits.map((r) => r.headers.get('x-cache-status'))).toEqual(cards.map(() => 'HIT'));
  // Nine hits take milliseconds; paced, the ninth leaves 8 × 250 ms after the first.
  expect(elapsed).toBeGreaterThanOrEqual(1_900);
  const { status, at } = await page;
  expect(status).toBe(200);
  expect(at - started).toBeLessThan(elapsed);
});

test('oversized headers and hostile URLs get a 4xx, never a 5xx', async ({ baseURL }) => {
  const cases: [string, Record<string, string>, string?][] = [
    [`${baseURL}/zh-hans`, { 'x-big': 'a'.repeat(10_000) }],
    [`${baseURL}/zh-hans/${'a'.repeat(10_000)}`, {}],
    [`${baseURL}/zh-hans/%ZZ`, {}],
    [`${baseURL}/zh-hans/%00`, {}],
    [`${baseURL}/zh-hans`, {}, 'POST'],
    [`${baseURL}/zh-hans`, {}, 'DELETE'],
  ];
  for (const [url, headers, method] of cases) {
    const response = await get(url, headers, method);
    expect(response.status, `${method ?? 'GET'} ${url.slice(0, 60)}`).toBeGreaterThanOrEqual(400);
    expect(response.status, `${method ?? 'GET'} ${url.slice(0, 60)}`).toBeLessThan(500);
  }
});

/** A reader: what they send, and the script every page they get must speak. */
type Reader = { headers: Record<string, string>; script: 'zh-hans' | 'zh-hant' | 'zh-hant-hk' };

const READERS: Reader[] = [
  { headers: { cookie: 'script=zh-hant' }, script: 'zh-hant' },
  { headers: { cookie: 'script=zh-hans', 'accept-language': 'zh-TW' }, script: 'zh-hans' },
  { headers: { 'accept-language': 'zh-TW,zh;q=0.9' }, script: 'zh-hant' },
  { headers: { 'accept-language': 'zh-HK' }, script: 'zh-hant-hk' },
  { headers: { cookie: 'script=zh-hant-hk', 'accept-language': 'zh-CN' }, script: 'zh-hant-hk' },
  { headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' }, script: 'zh-hans' },
  { headers: { 'accept-language': 'en-US' }, script: 'zh-hans' },
  { headers: {}, script: 'zh-hans' },
];

test('a mixed-reader load: 2,000 requests at 20 connections, every answer for its own reader', async ({
  baseURL,
}) => {
  // A fixed count of requests, not a timing: 404 pages render per request, and on a busy
  // two-core machine 2,000 of them took 30 s. The limit only stops a hung run.
  test.setTimeout(120_000);
  const total = 2000;
  const connections = 20;
  const paths = ['/', '/liu-qingfeng-general-ai', '/zh-hans/no-such-article', '/no-such-page'];
  let sent = 0;
  const mismatches: string[] = [];
  const statuses = new Map<number, number>();

  async function worker(n: number) {
    while (sent < total) {
      const i = sent++;
      const reader = READERS[(i * 7 + n) % READERS.length] as Reader;
      const path = paths[i % paths.length] as string;
      const response = await get(`${baseURL}${path}`, reader.headers);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const cached = response.headers.get('x-cache-status');
      let ok: boolean;
      if (path.includes('no-such')) {
        const html = await response.text();
        const lang = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', 'zh-hant-hk': 'zh-Hant-HK' }[
          reader.script
        ];
        ok =
          (response.status === 404 && html.includes(`<html lang="${lang}"`)) ||
          (response.status === 307 &&
            response.headers.get('location') === `/${reader.script}${path}`);
      } else {
        await response.arrayBuffer();
        const want = `/${reader.script}${path === '/' ? '' : path}`;
        ok = response.status === 307 && response.headers.get('location') === want;
      }
      if (cached === 'HIT') ok = false;
      if (!ok) mismatches.push(`${path} ${JSON.stringify(reader.headers)} → ${response.status}`);
    }
  }
  await Promise.all(Array.from({ length: connections }, (_, n) => worker(n)));
  expect(mismatches.slice(0, 5)).toEqual([]);
  expect(mismatches.length).toBe(0);
  expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(total);
});
