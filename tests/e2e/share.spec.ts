import { expect, test, type APIRequestContext } from '@playwright/test';
import { readCard, recovered } from '../support/ocr';

const SLUG = 'liu-qingfeng-general-ai';
const SCRIPTS = ['zh-hans', 'zh-hant'] as const;
const SECTION = '人工智能发展受制于算力与人才';
const QUOTE = 'p8-q1';

/** The content of every `<meta property|name>` and the canonical link of a page. */
async function headOf(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const html = await response.text();
  const meta = new Map<string, string>();
  for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
    meta.set(m[1] as string, (m[2] as string).replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
  }
  const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  return { meta, canonical, html };
}

/** Width and height from a PNG's IHDR chunk, or undefined if it is not a PNG. */
function pngSize(body: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!body.subarray(0, 8).equals(signature) || body.toString('ascii', 12, 16) !== 'IHDR') {
    return undefined;
  }
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** The ids of every section and quotation on an article page. */
async function shareIds(request: APIRequestContext, script: string) {
  const html = await (await request.get(`/${script}/${SLUG}`)).text();
  const sections = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1] as string);
  const quotes = [...html.matchAll(/data-copy="quote" data-target="([^"]+)"/g)].map(
    (m) => m[1] as string,
  );
  return { sections: sections.filter((id) => id !== 'quotes-title'), quotes };
}

for (const script of SCRIPTS) {
  test.describe(`share pages in ${script}`, () => {
    test('every share page has its own card, title, description and URL, and the article as canonical', async ({
      request,
      baseURL,
    }) => {
      const { sections, quotes } = await shareIds(request, script);
      expect(sections.length).toBeGreaterThan(0);
      expect(quotes.length).toBeGreaterThan(0);
      const article = await headOf(request, `/${script}/${SLUG}`);
      const pages = [
        ...sections.map((id) => `/${script}/${SLUG}/s/${encodeURIComponent(id)}`),
        ...quotes.map((id) => `/${script}/${SLUG}/q/${id}`),
      ];
      const titles = new Set<string>();
      for (const page of pages) {
        const { meta, canonical } = await headOf(request, page);
        expect(canonical, page).toBe(`http://localhost:3000/${script}/${SLUG}`);
        expect(meta.get('og:url'), page).toBe(`http://localhost:3000${page}`);
        expect(meta.get('og:image'), page).toBe(`http://localhost:3000${page}/card.png`);
        expect(meta.get('og:image:width')).toBe('1200');
        expect(meta.get('og:image:height')).toBe('630');
        expect(meta.get('og:image:alt')?.length).toBeGreaterThan(6);
        expect(meta.get('twitter:card')).toBe('summary_large_image');
        expect(meta.get('og:description')?.length, page).toBeGreaterThan(6);
        expect(meta.get('og:title'), page).not.toBe(article.meta.get('og:title'));
        titles.add(meta.get('og:title') ?? '');
      }
      expect(titles.size).toBe(pages.length);
      expect(baseURL).toBeTruthy();
    });

    test('the article page has its card, width, height, alt and a large Twitter card', async ({
      request,
    }) => {
      const { meta, html } = await headOf(request, `/${script}/${SLUG}`);
      expect(meta.get('og:image')).toBe(`http://localhost:3000/${script}/${SLUG}/card.png`);
      expect(meta.get('og:image:width')).toBe('1200');
      expect(meta.get('og:image:height')).toBe('630');
      expect(meta.get('og:image:alt')).toContain(script === 'zh-hant' ? '劉慶峰' : '刘庆峰');
      expect(meta.get('twitter:card')).toBe('summary_large_image');
      const jsonLd = JSON.parse(
        html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1] ?? '{}',
      ) as { image?: { url?: string } };
      expect(jsonLd.image?.url).toBe(`http://localhost:3000/${script}/${SLUG}/card.png`);
    });

    test('every card is a 1200×630 PNG with the security headers', async ({ request }) => {
      const { sections, quotes } = await shareIds(request, script);
      const cards = [
        `/${script}/${SLUG}/card.png`,
        ...sections.map((id) => `/${script}/${SLUG}/s/${encodeURIComponent(id)}/card.png`),
        ...quotes.map((id) => `/${script}/${SLUG}/q/${id}/card.png`),
      ];
      for (const card of cards) {
        const response = await request.get(card);
        expect(response.status(), card).toBe(200);
        expect(response.headers()['content-type']).toBe('image/png');
        expect(response.headers()['x-content-type-options']).toBe('nosniff');
        expect(pngSize(await response.body()), card).toEqual({ width: 1200, height: 630 });
      }
    });

    for (const javaScriptEnabled of [true, false]) {
      test(`a section link lands on the section ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
        browser,
      }) => {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`/${script}/${SLUG}/s/${encodeURIComponent(SECTION)}`);
        await expect(page).toHaveURL(
          new RegExp(`/${script}/${SLUG}#${encodeURIComponent(SECTION)}$`),
        );
        const heading = page.locator(`h2[id="${SECTION}"]`);
        await expect(heading).toBeInViewport();
        const top = (await heading.boundingBox())?.y ?? 9999;
        expect(top).toBeLessThan(200);
        await context.close();
      });

      test(`a quotation link lands on the quotation ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
        browser,
      }) => {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`/${script}/${SLUG}/q/${QUOTE}`);
        await expect(page).toHaveURL(new RegExp(`/${script}/${SLUG}#${QUOTE}$`));
        await expect(page.locator(`[id="${QUOTE}"]`)).toBeInViewport();
        await context.close();
      });
    }
  });
}

test('share pages are not in the sitemap, and unknown ids are 404s', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).not.toMatch(/\/s\/|\/q\/|card\.png/);
  for (const url of [
    `/zh-hans/${SLUG}/s/no-such-section`,
    `/zh-hant/${SLUG}/q/p1-q9`,
    `/zh-hans/${SLUG}/q/p1-q9/card.png`,
    `/zh-hans/no-such-article/card.png`,
  ]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});

test('the quotes panel offers each card as a PNG download', async ({ page }) => {
  await page.goto(`/zh-hant/${SLUG}`);
  const panel = page.getByRole('complementary', { name: '劉慶峰說' });
  const link = panel.getByRole('link', { name: '下載金句卡' }).first();
  await expect(link).toHaveAttribute('href', `/zh-hant/${SLUG}/q/p4-q1/card.png`);
  const download = page.waitForEvent('download');
  await link.click();
  expect((await download).suggestedFilename()).toBe('p4-q1.png');
});

test.describe('cards read back', () => {
  const headline = {
    'zh-hans': '科大讯飞董事长刘庆峰：加快推动我国通用人工智能发展',
    'zh-hant': '科大訊飛董事長劉慶峰：加快推動我國通用人工智能發展',
  } as const;

  for (const script of SCRIPTS) {
    test(`the ${script} card shows its headline in its own script, not tofu`, async ({
      request,
    }) => {
      const body = await (await request.get(`/${script}/${SLUG}/card.png`)).body();
      const text = readCard(body, script);
      const other = script === 'zh-hans' ? 'zh-hant' : 'zh-hans';
      expect(recovered(text, headline[script]), text).toBeGreaterThan(0.85);
      expect(recovered(text, headline[script])).toBeGreaterThan(recovered(text, headline[other]));
    });
  }
});
