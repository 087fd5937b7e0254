import { expect, test, type Page } from '@playwright/test';

const ARTICLE = '/zh-hans/liu-qingfeng-general-ai';
const SECOND = '人工智能发展受制于算力与人才';

/** The element's box against the viewport and the sticky header's bottom edge. */
async function placement(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement;
    const header = document.querySelector('.site-header') as HTMLElement;
    return {
      top: el.getBoundingClientRect().top,
      headerBottom: header.getBoundingClientRect().bottom,
      viewport: window.innerHeight,
      scrollY: window.scrollY,
    };
  }, selector);
}

test('a deep link to a section puts its heading in view, just below the sticky header', async ({
  page,
}) => {
  await page.goto(`${ARTICLE}#${encodeURIComponent(SECOND)}`);
  const h2 = page.locator(`h2[id="${SECOND}"]`);
  await expect(h2).toBeInViewport();
  const at = await placement(page, `h2[id="${SECOND}"]`);
  expect(at.scrollY).toBeGreaterThan(0);
  expect(at.top).toBeGreaterThanOrEqual(at.headerBottom);
  expect(at.top).toBeLessThan(at.headerBottom + 80);
});

test('a deep link highlights its target paragraph', async ({ page }) => {
  await page.goto(`${ARTICLE}#p12`);
  const p12 = page.locator('#p12');
  await expect(p12).toBeInViewport();
  expect(await p12.evaluate((el) => el.matches(':target'))).toBe(true);
  const background = await p12.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('clicking the table of contents updates the hash and marks the section being read', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  const toc = page.getByRole('navigation', { name: '目录' });
  await toc.getByRole('link', { name: SECOND }).click();
  await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(SECOND)}$`));
  await expect(page.locator(`h2[id="${SECOND}"]`)).toBeInViewport();
  await expect(toc.getByRole('link', { name: SECOND })).toHaveAttribute('aria-current', 'true');
  await expect(toc.locator('a[aria-current]')).toHaveCount(1);
});

test('copy-link puts the section’s share URL on the clipboard and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ARTICLE);
  const button = page.getByRole('button', { name: '复制本节链接' }).nth(1);
  await button.click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${ARTICLE}/s/${encodeURIComponent(SECOND)}`);
  await expect(page.getByRole('status')).toHaveText('已复制到剪贴板');
});

test('the heading self-link is reachable by keyboard and shows on focus', async ({ page }) => {
  await page.goto(ARTICLE);
  const link = page.getByRole('link', { name: `本节链接：${SECOND}` });
  await expect(link).toHaveCSS('opacity', '0');
  await link.focus();
  await expect(link).toBeFocused();
  await expect(link).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(SECOND)}$`));
});

test('a quotes-panel entry jumps to the utterance in the text', async ({ page }) => {
  await page.goto(ARTICLE);
  const panel = page.getByRole('complementary', { name: '刘庆峰说' });
  await expect(panel.getByRole('listitem')).toHaveCount(6);
  await panel.locator('a[href="#p12-q1"]').click();
  await expect(page).toHaveURL(/#p12-q1$/);
  const utterance = page.locator('#p12-q1');
  await expect(utterance).toBeInViewport();
  await expect(utterance).toHaveText(
    '“我们并没有那么惊讶。我觉得它是被很多不是太了解的人神化了。”',
  );
  expect(await utterance.evaluate((el) => el.closest('p')?.id)).toBe('p12');
});

test('copy quote copies the words, who said them and a link', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ARTICLE);
  const panel = page.getByRole('complementary', { name: '刘庆峰说' });
  await panel.getByRole('button', { name: '复制引语' }).first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    '“时间紧，任务重。我国若想在这个领域快速赶上，有必要根据新的形势制定系统性规划。”' +
      '——刘庆峰，《中国经济周刊》2024年第6期\n' +
      `${baseURL}${ARTICLE}/q/p4-q1`,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the table of contents, anchors and quote links still work', async ({ page }) => {
    await page.goto(ARTICLE);
    await page
      .getByRole('navigation', { name: '目录' })
      .getByRole('link', { name: SECOND })
      .click();
    await expect(page.locator(`h2[id="${SECOND}"]`)).toBeInViewport();
    await page.locator('.quotes-panel a[href="#p4-q1"]').click();
    await expect(page.locator('#p4-q1')).toBeInViewport();
    await page.goto(`${ARTICLE}#p15`);
    await expect(page.locator('#p15')).toBeInViewport();
  });

  test('copy buttons, which need scripts, stay hidden', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('button[data-copy]').first()).toBeHidden();
    await expect(page.locator('button[data-copy]:visible')).toHaveCount(0);
  });
});
