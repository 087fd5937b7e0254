import { expect, test, type Page } from '@playwright/test';

/**
 * The first paint waits for no stylesheet: each page inlines its first screen's styles in
 * `<head>` (allowed by their hashes in the Content-Security-Policy) and links the rest at the
 * end of `<body>`. Nothing on the first screen may change when the rest arrives: every visible
 * element keeps its box, colours and font with the rest stylesheet withheld, on a phone and on
 * a wide screen, light and dark.
 */
const SLUG = 'liu-qingfeng-general-ai';
const PAGES = [
  `/zh-hans/${SLUG}`,
  `/zh-hant/${SLUG}#p7`,
  '/zh-hant-hk',
  `/zh-hans/search?q=${encodeURIComponent('算力')}`,
  `/zh-hant/people/${encodeURIComponent('刘庆峰')}`,
];
const SCREENS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
];
const REST = '**/styles/*.css';

/** Every element on the first screen: its tag, class, box and computed look, one line each. */
async function firstScreen(page: Page, url: string, withRest: boolean) {
  if (withRest) await page.unroute(REST);
  else await page.route(REST, (route) => route.abort());
  // From a blank page: going to the same URL with a #fragment would not load it again.
  await page.goto('about:blank');
  await page.goto(url);
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.bottom > 0 && r.top < window.innerHeight;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        const box = [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        // MAIN and ARTICLE run below the fold, where the rest may change their height.
        const seen = ['MAIN', 'ARTICLE'].includes(el.tagName)
          ? `${Math.round(r.x)},${Math.round(r.y)}`
          : box;
        return `${el.tagName}.${el.className} ${seen} ${s.color} ${s.backgroundColor} ${s.backgroundImage} ${s.fontFamily} ${s.fontSize} ${s.fontWeight} ${s.lineHeight} ${s.textAlign} ${s.textDecorationLine} ${s.borderColor} ${s.opacity} ${s.visibility}`;
      }),
  );
}

test('no page links a stylesheet in its head: the rest is linked last in the body', async ({
  page,
}) => {
  for (const url of PAGES) {
    await page.goto(url);
    expect(await page.locator('head link[rel="stylesheet"]').count(), url).toBe(0);
    expect(await page.locator('head style').count(), url).toBeGreaterThan(0);
    const last = await page.evaluate(() =>
      [...document.body.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
        l.getAttribute('href'),
      ),
    );
    expect(last, url).toHaveLength(1);
    expect(last[0]).toMatch(/^\/styles\/[0-9a-f]{16}\.css$/);
  }
});

test('the rest stylesheet is kept a year and carries the security headers', async ({ request }) => {
  const html = await (await request.get(PAGES[0] as string)).text();
  const href = html.match(/href="(\/styles\/[0-9a-f]+\.css)"/)?.[1] as string;
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/css');
  expect(response.headers()['cache-control']).toContain('immutable');
  expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
  expect((await request.get('/styles/0000000000000000.css')).status()).toBe(404);
});

for (const viewport of SCREENS) {
  test(`the first screen is the same before and after the rest arrives (${viewport.width} px wide, light and dark)`, async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    // Scripts would change the page after the paint (the copy buttons); the paint is the point.
    const context = await browser.newContext({ viewport, javaScriptEnabled: false });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    for (const [i, url] of PAGES.entries()) {
      // Dark mode changes colours only: the article and the index in dark are enough.
      for (const colorScheme of i < 3 ? (['light', 'dark'] as const) : (['light'] as const)) {
        await page.emulateMedia({ colorScheme });
        const full = await firstScreen(page, url, true);
        const early = await firstScreen(page, url, false);
        const what = `${url} at ${viewport.width} px, ${colorScheme}`;
        expect(full.length, what).toBeGreaterThan(5);
        expect(early, what).toEqual(full);
      }
    }
    expect(refused).toEqual([]);
    await context.close();
  });
}

test('the comparison notices styles that are missing (the check itself works)', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGES[0] as string);
  const before = await page.locator('.site-header').boundingBox();
  await page.evaluate(() => document.querySelectorAll('head style').forEach((s) => s.remove()));
  const after = await page.locator('.site-header').boundingBox();
  expect(after).not.toEqual(before);
  await context.close();
});

test('print hides the header and the links beside the text', async ({ page }) => {
  await page.goto(PAGES[0] as string);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
});

test('once scripts have run, the inlined styles are still whole, and nothing was refused', async ({
  page,
}) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  for (const [url, parts] of [
    [PAGES[0] as string, 2],
    ['/zh-hant', 2],
  ] as const) {
    await page.goto(url);
    // Hydrated: the reader's script has shown the copy buttons (the index has none).
    if (url === PAGES[0]) await expect(page.locator('button[data-copy]').first()).toBeVisible();
    else await page.waitForLoadState('networkidle');
    const lengths = await page.evaluate(() =>
      [...document.querySelectorAll('style')].map((s) => s.textContent?.length ?? 0),
    );
    expect(lengths, url).toHaveLength(parts);
    for (const length of lengths) expect(length, url).toBeGreaterThan(200);
  }
  expect(refused).toEqual([]);
});
