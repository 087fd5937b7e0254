import { expect, test } from '@playwright/test';

const ARTICLE = '/zh-hans/liu-qingfeng-general-ai';
const SENTENCE = '近两年，人工智能技术的快速进步在全球掀起热潮';

test('the article’s text is written once: the RSC data does not repeat it', async ({ request }) => {
  const html = await (await request.get(ARTICLE)).text();
  expect(html.split(SENTENCE).length - 1).toBe(1);
  expect(html).toContain('self.__next_f');
});

test('React hydrates the page around the article, never inside it', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('button', { name: '复制本节链接' }).first()).toBeVisible();
  const counts = await page.evaluate(() => {
    const managed = (el: Element) => Object.keys(el).some((k) => k.startsWith('__reactFiber'));
    const inside = [...document.querySelectorAll('.static-html *')];
    return {
      inside: inside.length,
      hydratedInside: inside.filter(managed).length,
      wrapper: managed(document.querySelector('.static-html') as Element),
    };
  });
  expect(counts.inside).toBeGreaterThan(100);
  expect(counts.hydratedInside).toBe(0);
  expect(counts.wrapper).toBe(true);
  await expect(page.locator('#p4-q1')).toHaveText('“时间紧，任务重。”');
});
