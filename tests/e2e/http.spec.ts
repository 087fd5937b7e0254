import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const SLUG = 'liu-qingfeng-general-ai';

/** Every `<link>` of a page, its attribute names in lower case (HTML ignores their case). */
function linkTags(html: string): Record<string, string>[] {
  return [...html.matchAll(/<link\s([^>]*?)\/?>/g)].map((tag) =>
    Object.fromEntries(
      [...(tag[1] as string).matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [
        (a[1] as string).toLowerCase(),
        (a[2] as string).replace(/&amp;/g, '&'),
      ]),
    ),
  );
}

test.describe('negotiation at /', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['zh-TW', { 'accept-language': 'zh-TW' }, '/zh-hant'],
    ['zh-HK', { 'accept-language': 'zh-HK,en;q=0.5' }, '/zh-hant-hk'],
    ['zh-MO', { 'accept-language': 'zh-MO' }, '/zh-hant-hk'],
    ['zh-Hant-HK', { 'accept-language': 'zh-Hant-HK' }, '/zh-hant-hk'],
    ['English first, then zh-HK', { 'accept-language': 'en;q=0.9,zh-HK;q=0.8' }, '/zh-hant-hk'],
    ['zh-Hant', { 'accept-language': 'zh-Hant' }, '/zh-hant'],
    ['zh-CN', { 'accept-language': 'zh-CN' }, '/zh-hans'],
    ['zh-SG', { 'accept-language': 'zh-SG' }, '/zh-hans'],
    ['zh-Hans', { 'accept-language': 'zh-Hans' }, '/zh-hans'],
    ['bare zh', { 'accept-language': 'zh' }, '/zh-hans'],
    ['English first, then zh-TW', { 'accept-language': 'en-US,zh-TW;q=0.8' }, '/zh-hant'],
    ['an empty header', { 'accept-language': '' }, '/zh-hans'],
    ['*', { 'accept-language': '*' }, '/zh-hans'],
    ['garbage', { 'accept-language': ';;;===,,,q=zz' }, '/zh-hans'],
    ['10 KB of it', { 'accept-language': `zh-TW${',xx-YY;q=0.1'.repeat(850)}` }, '/zh-hant'],
    [
      'the cookie over the header',
      { 'accept-language': 'zh-TW', cookie: 'script=zh-hans' },
      '/zh-hans',
    ],
    [
      'a malformed cookie, ignored',
      { 'accept-language': 'zh-HK', cookie: 'script=zh-xx%00' },
      '/zh-hant-hk',
    ],
    ['a cookie without a header', { cookie: 'script=zh-hant' }, '/zh-hant'],
    [
      'a Hong Kong cookie over zh-TW',
      { 'accept-language': 'zh-TW', cookie: 'script=zh-hant-hk' },
      '/zh-hant-hk',
    ],
  ];
  for (const [name, headers, expected] of cases) {
    test(`sends ${name} to ${expected} with a 307 that varies on both`, async ({ request }) => {
      const response = await request.get('/', { headers, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe(expected);
      expect(response.headers()['vary']).toMatch(/Cookie/);
      expect(response.headers()['vary']).toMatch(/Accept-Language/);
    });
  }

  test('sends a path without a script to the same path in the reader’s script', async ({
    request,
  }) => {
    const response = await request.get(`/${SLUG}?from=share`, {
      headers: { 'accept-language': 'zh-TW' },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toMatch(new RegExp(`/zh-hant/${SLUG}\\?from=share$`));
  });
});

test.describe('wrong URLs', () => {
  for (const url of [
    '/zh-xx/' + SLUG,
    '/zh-hans/no-such-article',
    '/zh-hant/no-such-article',
    '/zh-hans/' + SLUG + '/extra',
  ]) {
    test(`${url} is a 404, never a 500`, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
    });
  }

  test('the 404 page speaks the reader’s script: cookie, then Accept-Language', async ({
    request,
  }) => {
    const byHeader = await (
      await request.get('/zh-hans/no-such-article', { headers: { 'accept-language': 'zh-TW' } })
    ).text();
    expect(byHeader).toContain('<html lang="zh-Hant"');
    expect(byHeader).toContain('找不到這個頁面');
    const byCookie = await (
      await request.get('/zh-hant/no-such-article', {
        headers: { 'accept-language': 'zh-TW', cookie: 'script=zh-hans' },
      })
    ).text();
    expect(byCookie).toContain('<html lang="zh-Hans"');
    expect(byCookie).toContain('找不到这个页面');
  });

  test('an unknown script’s 404 speaks the reader’s script', async ({ request }) => {
    const page = await request.get('/zh-xx/foo', { headers: { 'accept-language': 'zh-TW' } });
    expect(page.status()).toBe(404);
    expect(await page.text()).toContain('找不到這個頁面');
  });

  test('no page carries Next’s own English 404, or any inline data', async ({ request }) => {
    // Every page under a script is a document with no framework (src/app/_document).
    const share = `/zh-hant/${SLUG}/q/p4-q1`;
    for (const url of [`/zh-hans/${SLUG}`, `/zh-hant/${SLUG}`, '/zh-hans', share]) {
      const html = await (await request.get(url)).text();
      expect(html, url).toMatch(/<main id="main"[^>]*>.+<\/main>/s);
      expect(html, url).not.toContain('self.__next_f');
      expect(html, url).not.toContain('This page could not be found');
    }
  });
});

test.describe('search engines', () => {
  test('each article page is its own canonical and lists all three scripts and x-default', async ({
    request,
    baseURL,
  }) => {
    const html = await (await request.get(`/zh-hant/${SLUG}`)).text();
    const site = 'http://localhost:3000';
    const links = linkTags(html);
    expect(links.filter((l) => l.rel === 'canonical').map((l) => l.href)).toEqual([
      `${site}/zh-hant/${SLUG}`,
    ]);
    const alternates = links.filter((l) => l.rel === 'alternate' && l.hreflang);
    expect(Object.fromEntries(alternates.map((l) => [l.hreflang, l.href]))).toEqual({
      'zh-Hans': `${site}/zh-hans/${SLUG}`,
      'zh-Hant': `${site}/zh-hant/${SLUG}`,
      'zh-Hant-TW': `${site}/zh-hant/${SLUG}`,
      'zh-Hant-HK': `${site}/zh-hant-hk/${SLUG}`,
      'x-default': `${site}/${SLUG}`,
    });
    expect(baseURL).toBeTruthy();
  });

  test('the article carries NewsArticle JSON-LD with only the facts we have, its day included', async ({
    request,
  }) => {
    const html = await (await request.get(`/zh-hans/${SLUG}`)).text();
    const json = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1];
    const data = JSON.parse(json ?? '{}');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: '科大讯飞董事长刘庆峰：加快推动我国通用人工智能发展',
      inLanguage: 'zh-Hans',
      author: { '@type': 'Person', name: '石青川' },
      publisher: { name: '中国经济周刊' },
      isPartOf: { issueNumber: '2024年第6期' },
      datePublished: '2024-03-30',
      dateModified: '2024-03-30',
    });
    expect(html).toMatch(/<meta property="article:published_time" content="2024-03-30"\/?>/);
  });

  test('sitemap.xml lists every page in both scripts, and robots.txt points to it', async ({
    request,
  }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const p of ['/zh-hans', '/zh-hant', `/zh-hans/${SLUG}`, `/zh-hant/${SLUG}`]) {
      expect(sitemap).toContain(`<loc>http://localhost:3000${p}</loc>`);
    }
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Sitemap: http://localhost:3000/sitemap.xml');
  });
});

test.describe('the browser downloads no dictionary', () => {
  /** Strings that stand in opencc-js's phrase and character dictionaries. */
  const MARKERS = ['一丝不挂 一絲不掛', '㐷 傌|㐹 㑶'];
  const DICTIONARY_LIKE = /(?:[\u3400-\u9fff]+ [\u3400-\u9fff]+\|){40}/u;

  /** Fails, naming the file, when a script holds dictionary data. */
  function expectNoDictionary(js: string, file: string) {
    for (const marker of MARKERS) expect(js, file).not.toContain(marker);
    expect(js, file).not.toMatch(DICTIONARY_LIKE);
  }

  test('no script the article page loads holds opencc data', async ({ request }) => {
    for (const script of ['zh-hans', 'zh-hant']) {
      const html = await (await request.get(`/${script}/${SLUG}`)).text();
      const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
      expect(sources.length).toBeGreaterThan(0);
      for (const src of sources) {
        expectNoDictionary(await (await request.get(src)).text(), src);
      }
    }
  });

  test('no client file in the production build holds opencc data', () => {
    const dir = path.resolve(__dirname, '../../.next/static');
    const files = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expectNoDictionary(fs.readFileSync(path.join(dir, file), 'utf8'), file);
    }
  });

  test('the server build does hold it, so the check above can see it', () => {
    const dir = path.resolve(__dirname, '../../.next/server');
    const files = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'));
    const found = files.some((f) =>
      fs.readFileSync(path.join(dir, f), 'utf8').includes(MARKERS[0] as string),
    );
    expect(found).toBe(true);
  });
});
