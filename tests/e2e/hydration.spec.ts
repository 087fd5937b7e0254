import { expect, test, type Page } from '@playwright/test';

const ARTICLE = '/zh-hans/liu-qingfeng-general-ai';
const SENTENCE = '近两年，人工智能技术的快速进步在全球掀起热潮';

/** How many elements of the page React manages (its fibers are properties on the nodes). */
const reactManaged = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) =>
        Object.keys(el).some((k) => k.startsWith('__react')),
      ).length,
  );

/** The attributes of each `<script>` tag in `html`, as written. */
const scriptTags = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] as string);

test('the article page is written once and carries no framework: one script, the reader’s', async ({
  request,
}) => {
  const html = await (await request.get(ARTICLE)).text();
  expect(html.split(SENTENCE).length - 1).toBe(1);
  expect(html).not.toContain('self.__next_f');
  expect(html).not.toContain('/_next/static/');
  expect(scriptTags(html).filter((attrs) => !attrs.includes('application/ld+json'))).toEqual([
    expect.stringMatching(/^ src="\/reader\/[0-9a-f]{16}\.js" async$/),
  ]);
});

test('on the article page, the reader’s code runs with no React at all', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.getByRole('button', { name: '复制本节链接' }).first()).toBeVisible();
  expect(await reactManaged(page)).toBe(0);
  await expect(page.locator('#p4-q1')).toHaveText('“时间紧，任务重。”');
});

/** Pages of every other kind under a script: the index, a person, search, a share page. */
const OTHERS = [
  '/zh-hans',
  `/zh-hant/people/${encodeURIComponent('刘庆峰')}`,
  '/zh-hant-hk/search?q=%E7%AE%97%E5%8A%9B',
  '/zh-hans/search?q=a.b',
  `${ARTICLE}/q/p4-q1`,
];

test('every other page is a document with no framework either: at most the reader’s code', async ({
  request,
}) => {
  for (const url of OTHERS) {
    const html = await (await request.get(url)).text();
    expect(html, url).toContain('</main>');
    expect(html, url).not.toContain('self.__next_f');
    expect(html, url).not.toContain('/_next/static/');
    const scripts = scriptTags(html);
    expect(scripts.length, url).toBeLessThanOrEqual(1);
    for (const attrs of scripts)
      expect(attrs, url).toMatch(/^ src="\/reader\/[0-9a-f]{16}\.js" async$/);
  }
});

test('on the index, the toggle remembers the reader’s choice with no React at all', async ({
  page,
  context,
}) => {
  await page.goto('/zh-hans');
  await page.getByRole('link', { name: '台灣繁體' }).click();
  await expect(page).toHaveURL(/\/zh-hant$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('最新訪談');
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'script')?.value).toBe('zh-hant');
  expect(await reactManaged(page)).toBe(0);
});
