import { expect, test } from '@playwright/test';

const ARTICLE = '/zh-hans/liu-qingfeng-general-ai';

test('the article page loads with its headline and both section headings, and no console error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  const response = await page.goto(ARTICLE);
  expect(response?.status()).toBe(200);
  await expect(page.locator('article h1')).toHaveText(
    '科大讯飞董事长刘庆峰：加快推动我国通用人工智能发展',
  );
  await expect(page.locator('article h2')).toHaveText([
    '建议制定国家通用人工智能发展规划',
    '人工智能发展受制于算力与人才',
  ]);
  await expect(page.locator('.byline').first()).toContainText('石青川');
  await expect(page.locator('article footer')).toHaveText(
    '（本文刊发于《中国经济周刊》2024年第6期）',
  );
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the full text', async ({ page }) => {
    await page.goto(ARTICLE);
    const text = await page.locator('article').innerText();
    // first and last sentences of the body, and a sentence from the middle
    expect(text).toContain('今年的政府工作报告提出，要“深入推进数字经济创新发展。');
    expect(text).toContain('我们有信心在通用大模型上不会出现代差级落后的差距');
    expect(text).toContain('艺术创意等应用型人才的培养。');
    await expect(page.locator('article p[id]')).toHaveCount(17);
  });
});

test('a newcomer at / reaches the interview in one click', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('link', { name: /刘庆峰|劉慶峰/ })
    .first()
    .click();
  await expect(page.locator('article h1')).toContainText('通用人工智能');
});

test('an unknown slug gets a 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/zh-hans/no-such-interview');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
});
