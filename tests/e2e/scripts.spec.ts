import { expect, test } from '@playwright/test';

const SLUG = 'liu-qingfeng-general-ai';
const SECOND = '人工智能发展受制于算力与人才';

test('toggling from a deep link keeps the hash and lands on the same section', async ({ page }) => {
  await page.goto(`/zh-hans/${SLUG}#${encodeURIComponent(SECOND)}`);
  await page.getByRole('link', { name: '台灣繁體' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hant/${SLUG}#${encodeURIComponent(SECOND)}$`));
  const heading = page.locator(`h2[id="${SECOND}"]`);
  await expect(heading).toHaveText('人工智能發展受制於算力與人才');
  await expect(heading).toBeInViewport();
});

test('toggling without a hash keeps the paragraph at the top of the viewport', async ({ page }) => {
  await page.goto(`/zh-hans/${SLUG}`);
  await page.locator('#p12').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // A real mouse click where the toggle stands: locator.click() would first scroll the page to
  // reveal the sticky header's link, moving the reader's place before the click.
  const box = await page.getByRole('link', { name: '台灣繁體' }).boundingBox();
  await page.mouse.click((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
  await expect(page).toHaveURL(/\/zh-hant\/liu-qingfeng-general-ai#p12$/);
  await expect(page.locator('#p12')).toBeInViewport();
});

test('the lang attribute changes with the script', async ({ page }) => {
  await page.goto(`/zh-hans/${SLUG}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.getByRole('link', { name: '台灣繁體' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('link', { name: '台灣繁體' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('the choice is remembered: the next visit to / lands on it', async ({ page, context }) => {
  await page.goto(`/zh-hans/${SLUG}`);
  await page.getByRole('link', { name: '台灣繁體' }).click();
  await expect(page).toHaveURL(/\/zh-hant\//);
  const cookie = (await context.cookies()).find((c) => c.name === 'script');
  expect(cookie?.value).toBe('zh-hant');
  expect(cookie?.sameSite).toBe('Lax');
  expect((cookie?.expires ?? 0) - Date.now() / 1000).toBeGreaterThan(360 * 24 * 3600);
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-hant$/);
});

test.describe('a browser asking for zh-TW', () => {
  test.use({ locale: 'zh-TW' });

  test('lands on zh-hant from /', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-hant$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  });
});

test('a hash written with the traditional heading lands on the section in simplified', async ({
  page,
}) => {
  await page.goto(`/zh-hans/${SLUG}#${encodeURIComponent('人工智能發展受制於算力與人才')}`);
  await expect(page.locator(`h2[id="${SECOND}"]`)).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the toggle is a plain link to the same page in the other script', async ({ page }) => {
    await page.goto(`/zh-hant/${SLUG}`);
    await page.getByRole('link', { name: '简体' }).click();
    await expect(page).toHaveURL(new RegExp(`/zh-hans/${SLUG}$`));
    await expect(page.locator('article h1')).toHaveText(
      '科大讯飞董事长刘庆峰：加快推动我国通用人工智能发展',
    );
  });
});
