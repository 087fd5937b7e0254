import { expect, test } from '@playwright/test';

/**
 * Next's own endpoints under hostile input, on the fixture site (which has article images),
 * against next start and through nginx (projects `fixtures` and `fixtures-nginx`): the image
 * optimiser serves exactly what the pages use and answers everything else with a 4xx; server
 * actions, RSC headers and `_rsc` never make a 5xx.
 */
const IMAGE = '/images/fixtures/greenhouse.jpg';
const image = (url: string, w: number | string = 648, q: number | string = 75) =>
  `/_next/image?url=${encodeURIComponent(url)}&w=${w}&q=${q}`;
const ACCEPT = { accept: 'image/avif,image/webp,image/*,*/*;q=0.8' };

test('every image source a page lists is served, as WebP, no wider than asked', async ({
  page,
  request,
}) => {
  await page.goto('/zh-hans/he-jianping-editors-note');
  const srcset = (await page.locator('article figure img').first().getAttribute('srcset')) ?? '';
  const candidates = srcset.split(',').map((c) => c.trim().split(/\s+/) as [string, string]);
  expect(candidates.length).toBeGreaterThan(2);
  for (const [url, descriptor] of candidates) {
    const response = await request.get(url, { headers: ACCEPT });
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type']).toBe('image/webp');
    const bytes = await response.body();
    // RIFF….WEBPVP8: the width is in the VP8/VP8L/VP8X header; a width ≤ the descriptor is enough.
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(Number(descriptor.replace('w', ''))).toBeLessThanOrEqual(1296);
  }
});

test('a phone downloads the width it shows, not the original', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    baseURL,
  });
  const page = await context.newPage();
  await page.goto('/zh-hant/he-jianping-editors-note');
  const img = page.locator('article figure img').first();
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/w=/);
  const src = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
  const width = Number(new URL(src).searchParams.get('w'));
  const shown = await img.evaluate((el: HTMLImageElement) => el.clientWidth * devicePixelRatio);
  // The smallest candidate that covers what the screen shows, and never the 1600 px original.
  expect(width).toBeGreaterThanOrEqual(shown);
  expect(width).toBeLessThan(1600);
  expect(width).toBeLessThanOrEqual(972);
  await context.close();
});

test('the optimiser answers 4xx to what no page asks for', async ({ request }) => {
  const probes: [string, string][] = [
    ['a file outside /images/', image('/etc/passwd')],
    ['a page (the old 500: the proxy redirected it)', image('/zh-hans')],
    ['the site’s own cards', image('/zh-hans/he-jianping-editors-note/card.png')],
    ['the site icon (SVG)', image('/icon.svg')],
    ['an SVG under /images/', image('/images/x.svg')],
    ['a missing image', image('/images/fixtures/gone.jpg')],
    ['a folder', image('/images/fixtures')],
    ['climbing out', image('/images/../zh-hans')],
    ['another host', image('https://example.com/a.jpg')],
    ['a protocol-relative host', image('//example.com/a.jpg')],
    ['a huge width', image(IMAGE, 99999)],
    ['a width no page uses', image(IMAGE, 640)],
    ['a zero width', image(IMAGE, 0)],
    ['a width that is not a number', image(IMAGE, 'abc')],
    ['a quality no page uses', image(IMAGE, 648, 100)],
    ['no url', '/_next/image?w=648&q=75'],
    ['two urls', `${image(IMAGE)}&url=x`],
    ['an undecodable url', '/_next/image?url=%ZZ&w=648&q=75'],
  ];
  for (const [name, url] of probes) {
    const response = await request.get(url, { headers: ACCEPT, maxRedirects: 0 });
    expect(response.status(), `${name}: ${url}`).toBeGreaterThanOrEqual(400);
    expect(response.status(), `${name}: ${url}`).toBeLessThan(500);
  }
});

test('server actions, RSC headers and _rsc never answer 5xx', async ({ request }) => {
  const page = '/zh-hans/he-jianping-editors-note';
  const big = 'a'.repeat(3_000_000);
  const posts: [string, Record<string, string>, string][] = [
    ['a bogus action id', { 'next-action': 'bogus', 'content-type': 'text/plain' }, '[]'],
    [
      'a well-formed unknown id',
      { 'next-action': '0'.repeat(42), 'content-type': 'text/plain' },
      '[]',
    ],
    [
      'a form body',
      { 'next-action': 'bogus', 'content-type': 'application/x-www-form-urlencoded' },
      'a=1',
    ],
    ['JSON', { 'next-action': 'bogus', 'content-type': 'application/json' }, '{"a":1}'],
    ['a 3 MB body', { 'next-action': 'bogus', 'content-type': 'text/plain' }, big],
  ];
  for (const [name, headers, data] of posts) {
    const response = await request.post(page, { headers, data, maxRedirects: 0 });
    expect(response.status(), name).toBeLessThan(500);
  }
  const gets: [string, string, Record<string, string>][] = [
    ['RSC', page, { rsc: '1' }],
    ['a prefetch', page, { rsc: '1', 'next-router-prefetch': '1' }],
    ['a 6 KB state tree', page, { rsc: '1', 'next-router-state-tree': 'x'.repeat(6000) }],
    [
      'a segment prefetch climbing out',
      page,
      {
        rsc: '1',
        'next-router-prefetch': '1',
        'next-router-segment-prefetch': '../../../etc/passwd',
      },
    ],
    ['an undecodable Next-Url', page, { rsc: '1', 'next-url': '/%ZZ' }],
    ['_rsc', `${page}?_rsc=abc`, {}],
    ['an undecodable _rsc', `${page}?_rsc=%ZZ`, {}],
    ['a middleware subrequest header', '/', { 'x-middleware-subrequest': 'middleware:'.repeat(6) }],
  ];
  for (const [name, url, headers] of gets) {
    const response = await request.get(url, { headers, maxRedirects: 0 });
    expect(response.status(), name).toBeLessThan(500);
  }
});

test('an optimised image is cached as the origin’s headers say', async ({ request }) => {
  const url = image('/images/fixtures/library.png', 480);
  const first = await request.get(url, { headers: ACCEPT });
  expect(first.status()).toBe(200);
  expect(first.headers()['cache-control']).toMatch(/max-age=2592000/);
  expect(first.headers()['content-security-policy']).toBeTruthy();
  const again = await request.get(url, { headers: ACCEPT });
  expect(await again.body()).toEqual(await first.body());
  if (test.info().project.name === 'fixtures-nginx') {
    expect(again.headers()['x-cache-status']).toBe('HIT');
  }
});
