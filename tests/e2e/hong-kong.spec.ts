import { expect, test } from '@playwright/test';

/**
 * Hong Kong readers: their own script at /zh-hant-hk, reached from / by their browser's
 * language, three-way toggling that keeps the place, and corner quotation marks on every
 * traditional page (simplified keeps “”).
 */
const SLUG = 'liu-qingfeng-general-ai';

test.describe('a browser asking for zh-HK', () => {
  test.use({ locale: 'zh-HK' });

  test('lands on Hong Kong text from /', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-hant-hk$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
    await page.goto(`/${SLUG}`);
    await expect(page).toHaveURL(new RegExp(`/zh-hant-hk/${SLUG}$`));
    // The chairman keeps his own 峰; the words around him take Hong Kong's forms.
    await expect(page.locator('article')).toContainText('劉慶峰説');
    await expect(page.locator('article')).not.toContainText('劉慶峯');
    await expect(page.locator('article')).toContainText('隨着');
  });
});

test('toggling through all three scripts keeps the place, with the choice remembered', async ({
  page,
  context,
}) => {
  await page.goto(`/zh-hans/${SLUG}`);
  for (const [name, script, lang] of [
    ['香港繁體', 'zh-hant-hk', 'zh-Hant-HK'],
    ['台灣繁體', 'zh-hant', 'zh-Hant'],
    ['简体', 'zh-hans', 'zh-Hans'],
    ['香港繁體', 'zh-hant-hk', 'zh-Hant-HK'],
  ] as const) {
    await page.locator('#p12').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const box = await page.getByRole('link', { name }).boundingBox();
    await page.mouse.click((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
    await expect(page).toHaveURL(new RegExp(`/${script}/${SLUG}#p12$`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('#p12')).toBeInViewport();
  }
  const cookie = (await context.cookies()).find((c) => c.name === 'script');
  expect(cookie?.value).toBe('zh-hant-hk');
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-hant-hk$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the toggle links every script to the same page', async ({ page }) => {
    await page.goto(`/zh-hant-hk/${SLUG}`);
    await page.getByRole('link', { name: '台灣繁體' }).click();
    await expect(page).toHaveURL(new RegExp(`/zh-hant/${SLUG}$`));
    await page.getByRole('link', { name: '香港繁體' }).click();
    await expect(page).toHaveURL(new RegExp(`/zh-hant-hk/${SLUG}$`));
  });
});

for (const script of ['zh-hant', 'zh-hant-hk', 'zh-hans'] as const) {
  const traditional = script !== 'zh-hans';
  test(`${script} prints ${traditional ? '「」' : '“”'} wherever a reader sees or copies a quotation`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${script}/${SLUG}`);
    const seen = [
      await page.locator('article').innerText(),
      ...(await page.locator('.quotes-panel blockquote').allInnerTexts()),
    ].join('\n');
    const [want, never] = traditional ? [/「/, /[“”]/] : [/“/, /[「」]/];
    expect(seen).toMatch(want);
    expect(seen).not.toMatch(never);
    const id = await page.locator('.quotes-panel li a[href^="#"]').first().getAttribute('href');
    const share = await (await request.get(`/${script}/${SLUG}/q/${id?.slice(1)}`)).text();
    const description = share.match(/<meta property="og:description" content="([^"]*)"/)?.[1];
    expect(description).toMatch(want);
    expect(description).not.toMatch(never);
  });
}

test('the three scripts’ cards are three different pictures, each a PNG', async ({ request }) => {
  const bodies = [];
  for (const script of ['zh-hans', 'zh-hant', 'zh-hant-hk']) {
    const response = await request.get(`/${script}/${SLUG}/card.png`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    bodies.push((await response.body()).toString('base64'));
  }
  expect(new Set(bodies).size).toBe(3);
});

test('the sitemap lists the Hong Kong pages with all their alternates', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain(`/zh-hant-hk/${SLUG}</loc>`);
  expect(xml).toMatch(/hreflang="zh-Hant-HK"/);
});

test.describe('a Hong Kong reader on a wrong URL', () => {
  test.use({ locale: 'zh-HK' });

  test('gets a 404 page in Hong Kong’s script', async ({ page }) => {
    const response = await page.goto('/zh-hant-hk/no-such-article');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
    await expect(page.locator('body')).toContainText('找不到這個頁面');
    await expect(page.getByRole('link', { name: '返回首頁' })).toHaveAttribute(
      'href',
      '/zh-hant-hk',
    );
  });
});

test('copy quote on a Hong Kong page copies the words in 「」, the attribution and the link', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/zh-hant-hk/${SLUG}`);
  const panel = page.getByRole('complementary', { name: '劉慶峰説' });
  await panel.getByRole('button', { name: '複製引語' }).first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    '「時間緊，任務重。我國若想在這個領域快速趕上，有必要根據新的形勢制定系統性規劃。」' +
      '——劉慶峰，《中國經濟周刊》2024年第6期\n' +
      `${baseURL}/zh-hant-hk/${SLUG}/q/p4-q1`,
  );
});
