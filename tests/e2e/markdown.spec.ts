import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import * as OpenCC from 'opencc-js';

/**
 * Interviews typed the way Chinese editors type Markdown (tests/fixtures/articles with a
 * `blocks` count in their expect.json), read in Chromium in both scripts from the fixture site:
 * every construct renders as the editor meant it.
 */
const root = path.resolve(__dirname, '../fixtures/articles');
type Blocks = {
  figures: number;
  tables: number;
  blockquotes: number;
  lists: number;
  breaks: number;
};
const FIXTURES = fs
  .readdirSync(root)
  .filter((f) => f.endsWith('.expect.json'))
  .map((f) => ({
    slug: f.replace('.expect.json', ''),
    blocks: (JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) as { blocks?: Blocks }).blocks,
  }))
  .filter((f): f is { slug: string; blocks: Blocks } => f.blocks !== undefined);

/** The captions the editor wrote, in order: each image's title, else its alt text. */
function sourceCaptions(slug: string): string[] {
  const source = fs.readFileSync(path.join(root, `${slug}.md`), 'utf8');
  return [...source.matchAll(/^!\[([^\]]*)\]\(\S+(?:\s+"([^"]*)")?\)/gm)].map(
    (m) => m[2] ?? m[1] ?? '',
  );
}

/** Plain OpenCC (cn → tw), enough for short captions, to check the page converted them. */
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** The text of every block of the article's body, one string per block (not the byline). */
async function blockTexts(page: Page): Promise<string[]> {
  return page
    .locator('article :is(.lede, section) :is(p, li, figcaption, th, td, h2, blockquote)')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
}

test('the fixture site serves at least six editor-typed interviews', () => {
  expect(FIXTURES.length).toBeGreaterThanOrEqual(6);
});

// One page load per article and script (loading a page is most of a browser test's time here);
// each check is its own step, so a failure still names what broke.
for (const { slug, blocks } of FIXTURES) {
  for (const script of ['zh-hans', 'zh-hant'] as const) {
    test(`${slug} in ${script} renders every construct as the editor meant it`, async ({
      page,
    }) => {
      await page.goto(`/${script}/${slug}`);

      await test.step('shows no Markdown syntax as text', async () => {
        const text = await page.locator('article').innerText();
        for (const literal of ['**', '](', '![', '***', '| ---', '{#']) {
          expect(text, `shows ${literal}`).not.toContain(literal);
        }
      });

      await test.step('puts no space between two Han characters the source only wrapped', async () => {
        const spaced = (await blockTexts(page)).filter((t) =>
          /\p{Script=Han}[ \t\n]+\p{Script=Han}/u.test(t),
        );
        expect(spaced).toEqual([]);
      });

      await test.step('keeps block quotes, lists, tables, figures and breaks', async () => {
        const count = (selector: string) => page.locator(selector).count();
        expect({
          figures: await count('article figure'),
          tables: await count('article table'),
          blockquotes: await count('article blockquote'),
          lists: await count('article :is(.lede, section) :is(ol, ul)'),
          breaks: await count('article hr'),
        }).toEqual(blocks);
        // Each block keeps a linkable id, as a paragraph does.
        for (const selector of ['article figure', 'article .table-wrap']) {
          for (const id of await page
            .locator(selector)
            .evaluateAll((els) => els.map((e) => e.id))) {
            expect(id).toMatch(/^[\w-]+$/);
          }
        }
        const items = page.locator('article :is(.lede, section) li > p[id]');
        if (blocks.lists > 0) expect(await items.count()).toBeGreaterThan(0);
      });

      await test.step('loads every figure with its size reserved and its caption in the page’s script', async () => {
        const figures = page.locator('article figure');
        for (let i = 0; i < blocks.figures; i++) {
          const img = figures.nth(i).locator('img');
          await img.scrollIntoViewIfNeeded();
          await expect
            .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
            .toBeGreaterThan(0);
          expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
          expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0);
          expect(await img.getAttribute('alt')).toBeTruthy();
          const caption = (await figures.nth(i).locator('figcaption').innerText()).trim();
          const typed = sourceCaptions(slug)[i] ?? '';
          expect(caption).toBe(script === 'zh-hant' ? toTaiwan(typed) : typed);
        }
      });
    });
  }
}

test('an image-heavy page does not shift while its images load (CLS 0)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/zh-hant/he-jianping-editors-note');
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.waitForLoadState('networkidle');
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
            total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );
  expect(shift).toBe(0);
});

test('a Q&A typed with bold labels and no space marks its speakers', async ({ page }) => {
  await page.goto('/zh-hans/luo-yun-wrapped-qa');
  const labels = await page.locator('b.turn-label').allInnerTexts();
  expect(labels).toContain('问：');
  expect(labels).toContain('罗芸：');
  expect(await page.locator('p.turn-answer').count()).toBeGreaterThan(3);
  await expect(page.locator('.quotes-panel li')).toHaveCount(6);
});

test('Latin words the source wrapped keep their space', async ({ page }) => {
  await page.goto('/zh-hant/gu-mingyue-halfwidth-qa');
  await expect(page.locator('article')).toContainText('open source');
});
