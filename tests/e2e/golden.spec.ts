import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The seed interview's whole traditional text in each traditional script, reviewed by hand,
 * against the built page: headline, byline, headings, paragraphs, credit and the quotes panel,
 * one block a line, in page order. `UPDATE=1` rewrites the files from the pages (review the
 * diff before committing). The Hong Kong text was reviewed as its difference from Taiwan's.
 */
const golden = (script: string) =>
  path.resolve(__dirname, `../fixtures/golden/liu-qingfeng-general-ai.${script}.txt`);
const BLOCKS =
  'article h1, article .byline, article h2, article p[id], .article-footer p, .quotes-panel blockquote';

/** The first place two texts differ, with some context from each. */
function firstDifference(actual: string, expected: string): string | undefined {
  const a = [...actual];
  const e = [...expected];
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  if (i === a.length && i === e.length) return undefined;
  const line = e.slice(0, i).join('').split('\n').length;
  const around = (chars: string[]) => chars.slice(Math.max(0, i - 12), i + 12).join('');
  return `first difference at character ${i} (golden line ${line}): page has “${a[i] ?? 'end'}” where the golden text has “${e[i] ?? 'end'}”\n  page:   …${around(a)}…\n  golden: …${around(e)}…`;
}

for (const script of ['zh-hant', 'zh-hant-hk']) {
  test(`the ${script} page says exactly the reviewed traditional text`, async ({ page }) => {
    await page.goto(`/${script}/liu-qingfeng-general-ai`);
    const blocks = await page
      .locator(BLOCKS)
      .evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()));
    const actual = `${blocks.join('\n')}\n`;
    if (process.env.UPDATE === '1') fs.writeFileSync(golden(script), actual);
    const expected = fs.readFileSync(golden(script), 'utf8');
    expect(firstDifference(actual, expected)).toBeUndefined();
  });
}
