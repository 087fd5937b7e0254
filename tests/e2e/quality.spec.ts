import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import vnu from 'vnu-jar';

const SLUG = 'liu-qingfeng-general-ai';

/** Every kind of page a reader meets: the indexes, the article in both scripts, and a 404. */
const PAGES = [
  { name: 'the simplified index', url: '/zh-hans' },
  { name: 'the traditional index', url: '/zh-hant' },
  { name: 'the article in simplified', url: `/zh-hans/${SLUG}` },
  { name: 'the article in traditional', url: `/zh-hant/${SLUG}` },
  { name: 'the 404 page', url: '/zh-hant/no-such-article' },
];

for (const { name, url } of PAGES) {
  test(`axe finds no violations on ${name}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      // The 404 page's own status is reported by the browser as a failed load; nothing else may be.
      if (msg.type() === 'error' && !/status of 404/.test(msg.text())) errors.push(msg.text());
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    expect(errors, 'console errors, CSP violations included').toEqual([]);
  });
}

test('the Nu HTML checker finds no errors on the built pages', async ({ request }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  try {
    // A page with a known error proves the checker runs and reports.
    const control = path.join(dir, 'control.html');
    fs.writeFileSync(control, '<!DOCTYPE html><html lang="en"><title>x</title><p><div></div></p>');
    const files: string[] = [control];
    for (const { url } of PAGES) {
      const response = await request.get(url);
      const file = path.join(dir, `${url.replace(/\W+/g, '_')}.html`);
      fs.writeFileSync(file, await response.text());
      files.push(file);
    }
    let report = '';
    try {
      execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      // vnu exits 1 when it finds errors and writes its JSON report to stderr.
      report = (error as { stderr?: string }).stderr ?? String(error);
    }
    const messages = report
      ? (JSON.parse(report) as { messages: { url: string; message: string; extract?: string }[] })
          .messages
      : [];
    const errors = messages.map((m) => `${path.basename(m.url)}: ${m.message}`);
    expect(errors.filter((e) => e.startsWith('control.html'))).not.toEqual([]);
    expect(errors.filter((e) => !e.startsWith('control.html'))).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
