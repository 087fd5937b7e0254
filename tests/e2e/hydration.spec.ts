import { expect, test } from '@playwright/test';

const ARTICLE = '/zh-hans/liu-qingfeng-general-ai';
const SENTENCE = '近两年，人工智能技术的快速进步在全球掀起热潮';

test('the article page is written once and carries no framework: one script, the reader’s', async ({
  request,
}) => {
  const html = await (await request.get(ARTICLE)).text();
  expect(html.split(SENTENCE).length - 1).toBe(1);
  expect(html).not.toContain('self.__next_f');
  expect(html).not.toContain('/_next/static/');
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] as string);
  expect(scripts.filter((attrs) => !attrs.includes('application/ld+json'))).toEqual([
    expect.stringMatching(/^ src="\/scripts\/[0-9a-f]{16}\.js" async$/),
  ]);
});

test('on the article page, the reader script runs with no React at all', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('button', { name: '复制本节链接' }).first()).toBeVisible();
  const managed = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) =>
        Object.keys(el).some((k) => k.startsWith('__react')),
      ).length,
  );
  expect(managed).toBe(0);
  await expect(page.locator('#p4-q1')).toHaveText('“时间紧，任务重。”');
});

test('React hydrates a React page around its static parts, never inside them', async ({ page }) => {
  await page.goto('/zh-hans');
  await expect(page.getByRole('link', { name: '台灣繁體' })).toBeVisible();
  const counts = await page.evaluate(() => {
    const managed = (el: Element) => Object.keys(el).some((k) => k.startsWith('__reactFiber'));
    const wrappers = [...document.querySelectorAll('.static-html')];
    const inside = [...document.querySelectorAll('.static-html *')];
    return {
      inside: inside.length,
      hydratedInside: inside.filter(managed).length,
      wrappers: wrappers.filter(managed).length,
      all: wrappers.length,
    };
  });
  expect(counts.inside).toBeGreaterThan(5);
  expect(counts.hydratedInside).toBe(0);
  expect(counts.wrappers).toBe(counts.all);
});
