import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { JSDOM } from 'jsdom';

/**
 * The archive on the fixture site (tests/support/fixture-site.mjs): the index newest first,
 * people's pages, the feeds, and search, as a reader and a feed reader meet them over HTTP
 * and in the browser.
 */
const FIXTURES = path.resolve(__dirname, '../fixtures/articles');

/** The fixture site's articles (those whose expect.json counts blocks), with their front matter. */
const articles = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expect.json'))
  .filter((f) => JSON.parse(fs.readFileSync(path.join(FIXTURES, f), 'utf8')).blocks)
  .map((f) => {
    const text = fs.readFileSync(path.join(FIXTURES, f.replace('.expect.json', '.md')), 'utf8');
    const field = (name: string) => text.match(new RegExp(`^${name}: (.+)$`, 'm'))?.[1] ?? '';
    const interviewee = text.match(/^interviewee:\n {2}name: (.+)$/m)?.[1] ?? '';
    return { slug: f.replace('.expect.json', ''), date: field('date'), interviewee };
  });

const documentOf = (html: string) => new JSDOM(html).window.document;

test('the index lists every article newest first, with day, interviewee, issue and opening', async ({
  request,
}) => {
  const response = await request.get('/zh-hans');
  expect(response.status()).toBe(200);
  const doc = documentOf(await response.text());
  const items = [...doc.querySelectorAll('.entry-list > li')];
  const listed = items.map((li) => li.querySelector('.entry-title a')?.getAttribute('href'));
  const newestFirst = [...articles].sort(
    (a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug),
  );
  expect(listed).toEqual(newestFirst.map((a) => `/zh-hans/${a.slug}`));
  for (const [i, li] of items.entries()) {
    const article = newestFirst[i]!;
    expect(li.querySelector('time')?.getAttribute('datetime')).toBe(article.date);
    const [y, m, d] = article.date.split('-').map(Number);
    expect(li.querySelector('time')?.textContent).toBe(`${y}年${m}月${d}日`);
    expect(li.querySelector('.entry-meta a')?.textContent).toBe(article.interviewee);
    expect(li.querySelector('.entry-meta')?.textContent).toMatch(/《.+》\d{4}年第\d+期/);
    expect(li.querySelector('.entry-summary')?.textContent?.length).toBeGreaterThan(10);
  }
  // Fewer than a page: no paging links.
  expect(doc.querySelector('link[rel="next"], a[rel="next"]')).toBeNull();
  expect(doc.querySelector('form[role="search"]')?.getAttribute('method')).toBe('get');
});

test('an article’s interviewee links to their page, which lists all their interviews in each script', async ({
  page,
}) => {
  const twice = articles
    .filter((a) => a.interviewee === '何建平')
    .sort((a, b) => b.date.localeCompare(a.date));
  expect(twice.length).toBeGreaterThan(1);
  await page.goto(`/zh-hant/${twice[1]!.slug}`);
  await page.locator('.interviewee a').click();
  await expect(page).toHaveURL(`/zh-hant/people/${encodeURIComponent('何建平')}`);
  await expect(page.locator('h1')).toHaveText('何建平的訪談');
  const hrefs = await page
    .locator('.entry-title a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(twice.map((a) => `/zh-hant/${a.slug}`));
  // The same id, from the simplified name, in every script; the toggle stays on the page.
  for (const script of ['zh-hans', 'zh-hant-hk']) {
    const link = page.locator(`.script-toggle a[data-script="${script}"]`);
    expect(await link.getAttribute('href')).toBe(
      `/${script}/people/${encodeURIComponent('何建平')}`,
    );
  }
});

test('a person’s page lists only their own interviews, though one name holds another (何建, 何建平)', async ({
  request,
}) => {
  for (const name of ['何建', '何建平']) {
    const own = articles
      .filter((a) => a.interviewee === name)
      .sort((a, b) => b.date.localeCompare(a.date));
    expect(own.length, name).toBeGreaterThan(0);
    for (const script of ['zh-hans', 'zh-hant', 'zh-hant-hk']) {
      const url = `/${script}/people/${encodeURIComponent(name)}`;
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const doc = documentOf(await response.text());
      const hrefs = [...doc.querySelectorAll('.entry-title a')].map((a) => a.getAttribute('href'));
      expect(hrefs, url).toEqual(own.map((a) => `/${script}/${a.slug}`));
    }
  }
});

test('each script’s feed parses, carries the newest articles with that script’s URLs and titles', async ({
  request,
}) => {
  for (const [script, language, title] of [
    ['zh-hans', 'zh-cn', '再访何建平'],
    ['zh-hant', 'zh-tw', '再訪何建平'],
    ['zh-hant-hk', 'zh-hk', '再訪何建平'],
  ] as const) {
    const index = documentOf(await (await request.get(`/${script}`)).text());
    const advertised = index.querySelector('link[rel="alternate"][type="application/rss+xml"]');
    expect(advertised?.getAttribute('href')).toBe(`/${script}/feed.xml`);
    const response = await request.get(`/${script}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('xml');
    const xml = new JSDOM(await response.text(), { contentType: 'application/xml' }).window
      .document;
    expect(xml.querySelector('parsererror')).toBeNull();
    expect(xml.querySelector('channel > language')?.textContent).toBe(language);
    const items = [...xml.querySelectorAll('item')];
    expect(items).toHaveLength(Math.min(20, articles.length));
    const links = items.map((i) => i.querySelector('link')?.textContent ?? '');
    for (const link of links)
      expect(link).toMatch(new RegExp(`^https?://[^/]+/${script}/[a-z0-9-]+$`));
    const newestFirst = [...articles].sort(
      (a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug),
    );
    expect(links.map((l) => l.replace(/^.*\//, ''))).toEqual(newestFirst.map((a) => a.slug));
    const titles = items.map((i) => i.querySelector('title')?.textContent ?? '');
    expect(titles).toContainEqual(expect.stringContaining(title));
  }
});

test('search finds a name typed in another script and lands on the paragraph, without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh-hans');
  await page.getByRole('searchbox').fill('社員入股 貼息');
  await page.getByRole('search').getByRole('button').click();
  await expect(page).toHaveURL(/\/zh-hans\/search\?q=/);
  const result = page.locator('.search-results li').first();
  await expect(result.locator('mark')).toHaveText(['社员入股', '贴息']);
  // The toggle keeps the query.
  const hant = await page.locator('.script-toggle a[data-script="zh-hant"]').getAttribute('href');
  expect(hant).toBe(`/zh-hant/search?q=${encodeURIComponent('社員入股 貼息')}`);
  await result.locator('.entry-title a').click();
  await expect(page).toHaveURL(/\/zh-hans\/he-jianping-second-visit#p\d+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toContainText('贴息');
  await context.close();
});

test('a name matches only whole, and results show in the page’s script', async ({ request }) => {
  const hant = documentOf(
    await (await request.get(`/zh-hant/search?q=${encodeURIComponent('何建平')}`)).text(),
  );
  const titles = [...hant.querySelectorAll('.search-results .entry-title a')].map(
    (a) => a.textContent,
  );
  expect(titles.length).toBeGreaterThan(1);
  // Title and name matches first: both interviews with him lead.
  expect(titles.slice(0, 2).every((t) => t?.includes('何建平'))).toBe(true);
  expect(hant.querySelector('.search-results mark')?.textContent).toBe('何建平');
  const apart = documentOf(
    await (await request.get(`/zh-hans/search?q=${encodeURIComponent('何平建')}`)).text(),
  );
  expect(apart.querySelectorAll('.search-results li')).toHaveLength(0);
});

test('empty, short, huge and hostile queries get a page, never a 5xx or reflected markup', async ({
  request,
}) => {
  for (const q of [
    '',
    '何',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '字'.repeat(5000),
    '%E0%A4%A',
  ]) {
    const response = await request.get(`/zh-hans/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q.slice(0, 20)).toBeLessThan(500);
    // A browser's reading of the page: the query is text (in the heading, the field), never
    // an element; `<` inside a quoted attribute value is not markup.
    const page = documentOf(await response.text());
    const scripts = [...page.querySelectorAll('script')].map((s) => s.getAttribute('src'));
    for (const src of scripts) expect(src, q.slice(0, 20)).toMatch(/^\/reader\/[0-9a-f]{16}\.js$/);
    expect(page.querySelectorAll('img, [onerror]'), q.slice(0, 20)).toHaveLength(0);
    const field = page.querySelector<HTMLInputElement>('input[name=q]');
    if (q.length <= 64 && q.trim().length >= 2) {
      expect(field?.value).toBe(q);
      expect(page.querySelector('h1')?.textContent).toContain(q);
    }
  }
  const raw = await request.get('/zh-hans/search?q=%E0%A4%A');
  expect(raw.status()).toBeLessThan(500);
});

test('a query’s results are made once, then served from what was kept, the same each time', async ({
  request,
}) => {
  // A query no other test asks, so that its first request here is its first.
  const url = `/zh-hant/search?q=${encodeURIComponent('入股 合作社')}`;
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  expect(first.headers()['x-nextjs-cache']).toBe('MISS');
  const html = await first.text();
  expect(documentOf(html).querySelectorAll('.search-results mark').length).toBeGreaterThan(0);
  const again = await request.get(url);
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await again.text()).toBe(html);
  // The same query with its space written as + is the same page.
  const plus = await request.get(
    '/zh-hant/search?q=%E5%85%A5%E8%82%A1+%E5%90%88%E4%BD%9C%E7%A4%BE',
  );
  expect(plus.headers()['x-nextjs-cache']).toBe('HIT');
  // The kept page has no address of its own.
  const direct = await request.get(`/zh-hant/search/${encodeURIComponent('入股 合作社')}`);
  expect(direct.status()).toBe(404);
  // A query a path segment cannot carry is searched per request, with the same results.
  for (const q of ['入股/合作社', '合作社.', '..', '入股%合作社']) {
    const response = await request.get(`/zh-hans/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q).toBe(200);
    expect(response.headers()['x-nextjs-cache'], q).toBeUndefined();
    const doc = documentOf(await response.text());
    expect(doc.querySelector('input[name="q"]')?.getAttribute('value'), q).toBe(q);
  }
  const dotted = documentOf(
    await (await request.get(`/zh-hans/search?q=${encodeURIComponent('合作社.')}`)).text(),
  );
  expect(dotted.querySelectorAll('.search-results mark').length).toBeGreaterThan(0);
});

test('the sitemap gives each article its day and lists people’s pages', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  const urls = [...doc.querySelectorAll('url')];
  const entry = (loc: string) =>
    urls.find((u) => u.querySelector('loc')?.textContent?.endsWith(loc));
  for (const article of articles) {
    expect(entry(`/zh-hant/${article.slug}`)?.querySelector('lastmod')?.textContent).toContain(
      article.date,
    );
  }
  expect(entry(`/zh-hans/people/${encodeURIComponent('何建平')}`)).toBeDefined();
});

test.describe('pages past the newest, made on first request', () => {
  // The fixture site makes only the two newest interviews ahead (fixture-site.mjs).
  const oldest = [...articles].sort((a, b) => a.date.localeCompare(b.date))[0]!;

  test('an older article’s card is drawn on first request, then served from what was kept', async ({
    request,
  }) => {
    const url = `/zh-hant/${oldest.slug}/card.png`;
    const first = await request.get(url);
    expect(first.status()).toBe(200);
    expect(first.headers()['content-type']).toBe('image/png');
    expect(first.headers()['cache-control']).toContain('s-maxage=31536000');
    const again = await request.get(url);
    expect(again.headers()['x-nextjs-cache']).toBe('HIT');
    expect(Buffer.compare(await again.body(), await first.body())).toBe(0);
  });

  test('an older article’s page is written on first request, then served from what was kept', async ({
    request,
  }) => {
    const url = `/zh-hant-hk/${encodeURIComponent(oldest.slug)}`;
    const first = await request.get(url);
    expect(first.status()).toBe(200);
    expect(first.headers()['cache-control']).toContain('s-maxage=31536000');
    const html = await first.text();
    const page = documentOf(html);
    expect(page.documentElement.lang).toBe('zh-Hant-HK');
    expect(page.querySelector('article h1')?.textContent?.length).toBeGreaterThan(4);
    expect(html).not.toContain('self.__next_f');
    const again = await request.get(url);
    expect(again.headers()['x-nextjs-cache']).toBe('HIT');
    expect(again.headers()['etag']).toBe(first.headers()['etag']);
    expect(await again.text()).toBe(html);
  });

  test('an older article’s share pages exist; unknown ids and slugs get a 404 nobody stores', async ({
    request,
  }) => {
    const page = documentOf(await (await request.get(`/zh-hans/${oldest.slug}`)).text());
    const section = page.querySelector('section h2[id]')?.id;
    expect(section).toBeTruthy();
    const share = await request.get(`/zh-hans/${oldest.slug}/s/${encodeURIComponent(section!)}`);
    expect(share.status()).toBe(200);
    for (const url of [
      `/zh-hans/${oldest.slug}/s/no-such-section`,
      `/zh-hans/${oldest.slug}/q/p1-q99/card.png`,
      `/zh-hans/${oldest.slug}/s/${'长'.repeat(300)}`,
      '/zh-hans/no-such-article',
      '/zh-hant/no-such-article/card.png',
      `/zh-hant/people/${encodeURIComponent('无此人')}`,
      // Every fixture interviewee's interviews fit on one page.
      `/zh-hans/people/${encodeURIComponent('何建平')}/page/2`,
      '/zh-xx/anything',
    ]) {
      for (let i = 0; i < 2; i++) {
        const response = await request.get(url);
        expect(response.status(), url.slice(0, 60)).toBe(404);
        expect(response.headers()['cache-control'], url.slice(0, 60)).toContain('no-store');
        expect(response.headers()['x-nextjs-cache']).toBeUndefined();
      }
    }
  });
});
