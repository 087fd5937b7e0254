import { expect, test, type Page } from '@playwright/test';
import { readCard, recovered } from '../support/ocr';

/**
 * Sharing a passage: a reader selects sentences, sends the link, and a friend reading in any
 * script lands on the same sentences, marked. What is expected of a script's page is read from
 * that page's own paragraph (its sentences split where its text has 。), so that the test holds
 * the indexes to the text the reader sees, not to the code that finds them.
 */

const SLUG = 'liu-qingfeng-general-ai';
const SCRIPTS = ['zh-hans', 'zh-hant', 'zh-hant-hk'] as const;
const COPY = {
  'zh-hans': '复制这句的链接',
  'zh-hant': '複製這句的連結',
  'zh-hant-hk': '複製這句的連結',
};

/** The sentences of a paragraph as the page shows it, cut after each 。 (p3 has no ！？ or marks). */
async function sentencesOf(page: Page, id: string): Promise<string[]> {
  const text = await page.locator(`#${id}`).evaluate((p) => p.textContent ?? '');
  return text.match(/[^。]+。/g) ?? [];
}

/** The text of the marks on the page, and whether the first is in view. */
async function marked(page: Page): Promise<string> {
  await expect(page.locator('mark.passage').first()).toBeInViewport();
  return (await page.locator('mark.passage').allTextContents()).join('');
}

/** Drags the mouse from one character of a paragraph's text to another (offsets in its text). */
async function drag(page: Page, from: [string, number], to: [string, number]) {
  const point = ([id, at]: [string, number]) =>
    page.evaluate(
      ([id, at]) => {
        const walker = document.createTreeWalker(
          document.getElementById(id as string) as Element,
          NodeFilter.SHOW_TEXT,
        );
        let left = at as number;
        let node = walker.nextNode() as Text;
        while (node && left >= node.length) {
          left -= node.length;
          node = walker.nextNode() as Text;
        }
        const range = document.createRange();
        range.setStart(node, left);
        range.setEnd(node, left + 1);
        const box = range.getBoundingClientRect();
        // Whole pixels: Chromium drops a drag whose moves have fractions of one.
        return {
          x: Math.round(box.left + box.width / 2),
          y: Math.round(box.top + box.height / 2),
        };
      },
      [id, at] as const,
    );
  // A press inside a selection would drag its text away: start from none, as after a click.
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await page.locator(`#${from[0]}`).scrollIntoViewIfNeeded();
  const start = await point(from);
  const end = await point(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    const x = Math.round(start.x + ((end.x - start.x) * i) / 8);
    await page.mouse.move(x, Math.round(start.y + ((end.y - start.y) * i) / 8));
  }
  await page.mouse.up();
}

test('a sentence selected on the simplified page is the one marked in every script', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/zh-hans/${SLUG}`);
  const [first, second] = await sentencesOf(page, 'p3');
  expect(second?.length).toBeGreaterThan(20);
  // From inside the second sentence to inside it: the selection grows to the whole sentence.
  const at = (first as string).length;
  await drag(page, ['p3', at + 3], ['p3', at + 12]);
  const copy = page.getByRole('button', { name: COPY['zh-hans'] });
  await expect(copy).toBeVisible();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(second);
  await copy.click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${baseURL}/zh-hans/${SLUG}/p/p3/2`);
  await expect(page.getByRole('status')).toHaveText('已复制到剪贴板');

  for (const script of SCRIPTS) {
    await page.goto(link.replace('/zh-hans/', `/${script}/`));
    await expect(page).toHaveURL(new RegExp(`/${script}/${SLUG}#p3~2$`));
    const [, sentence] = await sentencesOf(page, 'p3');
    expect(await marked(page), script).toBe(sentence);
  }
});

test('the marks and the place survive a switch of script', async ({ page }) => {
  await page.goto(`/zh-hant/${SLUG}#p4~1`);
  expect(await marked(page)).toBe('「時間緊，任務重。」');
  await page.getByRole('link', { name: '香港繁體' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hant-hk/${SLUG}#p4~1$`));
  expect(await marked(page)).toBe('「時間緊，任務重。」');
  await page.getByRole('link', { name: '简体' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hans/${SLUG}#p4~1$`));
  expect(await marked(page)).toBe('“时间紧，任务重。”');
});

test('a selection across two paragraphs, or of more than three sentences, offers nothing', async ({
  page,
}) => {
  await page.goto(`/zh-hans/${SLUG}`);
  const copy = page.getByRole('button', { name: COPY['zh-hans'] });
  await drag(page, ['p2', 2], ['p3', 4]);
  await expect(copy).toBeHidden();
  await drag(page, ['p3', 2], ['p3', 6]);
  await expect(copy).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(copy).toBeHidden();
  // p15 has four sentences: from its first to its last is one too many.
  const length = await page.locator('#p15').evaluate((p) => p.textContent?.length ?? 0);
  expect(await page.locator('#p15').evaluate((p) => p.textContent?.match(/。/g)?.length)).toBe(4);
  await drag(page, ['p15', 1], ['p15', length - 2]);
  await expect(copy).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a touch selection gets the control on screen, and a tap copies the link', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/zh-hant/${SLUG}`);
    await page.locator('#p9').scrollIntoViewIfNeeded();
    // Headless Chromium has no long-press selection: select as the handles leave it.
    await page.evaluate(() => {
      const node = document.getElementById('p9')?.firstChild as Text;
      document.getSelection()?.setBaseAndExtent(node, 5, node, 9);
    });
    const copy = page.getByRole('button', { name: COPY['zh-hant'] });
    await expect(copy).toBeInViewport();
    const box = await page.locator('.passage-control').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    expect((await copy.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await copy.tap();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/zh-hant/${SLUG}/p/p9/1`,
    );
  });
});

test('from the keyboard: a paragraph’s link, then the sentence after, then copy', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/zh-hant-hk/${SLUG}`);
  const [, second] = await sentencesOf(page, 'p5');
  await page.locator('#p5 .para-link').focus();
  await page.keyboard.press('Enter');
  const copy = page.getByRole('button', { name: COPY['zh-hant-hk'] });
  await expect(copy).toBeFocused();
  await expect(page.getByRole('group', { name: '分享選取的句子' })).toBeVisible();
  await page.keyboard.press('Tab'); // the card
  await page.keyboard.press('Tab'); // 上一句 (disabled at the first sentence: skipped)
  await expect(page.getByRole('button', { name: '下一句' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(second);
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(`${baseURL}/zh-hant-hk/${SLUG}/p/p5/2`);
  await expect(page.getByRole('link', { name: '這句的卡片' })).toHaveAttribute(
    'href',
    `${baseURL}/zh-hant-hk/${SLUG}/p/p5/2/card.png`,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a passage’s link sends the reader to its paragraph', async ({ page }) => {
    await page.goto(`/zh-hant/${SLUG}/p/p12/1`);
    await expect(page).toHaveURL(new RegExp(`/zh-hant/${SLUG}#p12$`));
    await expect(page.locator('#p12')).toBeInViewport();
  });
});

for (const script of SCRIPTS) {
  test(`a passage’s share page and card in ${script}: its words, read back from the picture`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${script}/${SLUG}`);
    const [, sentence] = await sentencesOf(page, 'p3');
    const share = await (await request.get(`/${script}/${SLUG}/p/p3/2`)).text();
    expect(share).toContain(`<meta property="og:image" content="`);
    expect(share).toContain(`/${script}/${SLUG}/p/p3/2/card.png"`);
    expect(share.match(/<meta property="og:description" content="([^"]*)"/)?.[1]).toBe(sentence);
    const card = await request.get(`/${script}/${SLUG}/p/p3/2/card.png`);
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    const text = readCard(await card.body(), script);
    expect(recovered(text, sentence as string), text).toBeGreaterThan(0.85);
  });
}

test('hostile ranges get the 404 page, never kept, never a 5xx', async ({ request }) => {
  const base = `/zh-hant/${SLUG}/p`;
  const hostile = [
    'p3/3', // p3 has two sentences
    'p3/2-3',
    'p3/0',
    'p3/2-1',
    'p3/1-1',
    'p1/1-4',
    'p3/01',
    'p3/1-',
    'p3/-1',
    'p3/x',
    'p3/1.0',
    'p3/%EF%BC%91',
    'p3/1e0',
    'p3/99999999999999999999999',
    'p99/1',
    'p4-q1/1',
    '__proto__/1',
    'p3',
    'p3/1/2',
    'p3/1/card.jpg',
    'p3/9/card.png',
  ];
  for (const rest of hostile) {
    const response = await request.get(`${base}/${rest}`);
    expect(response.status(), rest).toBe(404);
    expect(response.headers()['cache-control'], rest).toBe('private, no-store');
    expect(response.headers()['x-nextjs-cache'], rest).toBeUndefined();
    // In the reader's script (no cookie, no Accept-Language here: simplified).
    expect(await response.text(), rest).toContain('找不到这个页面');
  }
});
