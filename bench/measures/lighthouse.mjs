// Lighthouse on the pages, with simulated and with real throttling, and React's hydration.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SLUG } from '../lib.mjs';

/** The text floor's name in the results: a bare Next page with the interview's text. */
export const FLOOR = 'text floor (bench/hello/text)';

/**
 * One Lighthouse run. By default its simulated throttling (Lantern: a model fed by an
 * unthrottled load, which counts every request that finished before the observed paint);
 * with `devtools`, the page really loads throttled (Lighthouse's mobile 4G and 4× CPU), so
 * a render-blocking request shows as the wait it is.
 */
function lighthouseOnce(url, { devtools = false } = {}) {
  return new Promise((resolve, reject) => {
    const file = path.join(os.tmpdir(), `lh-${process.pid}-${Date.now()}.json`);
    const proc = spawn(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/lighthouse/cli/index.js'),
        url,
        '--output=json',
        `--output-path=${file}`,
        '--quiet',
        ...(devtools ? ['--throttling-method=devtools'] : []),
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
        stdio: 'ignore',
      },
    );
    proc.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code} for ${url}`));
      const report = JSON.parse(fs.readFileSync(file, 'utf8'));
      fs.rmSync(file, { force: true });
      const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
      const audit = (id) => report.audits[id]?.numericValue ?? NaN;
      resolve({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: audit('largest-contentful-paint'),
        fcp: audit('first-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        tbt: audit('total-blocking-time'),
        mainThread: Object.fromEntries(
          (report.audits['mainthread-work-breakdown']?.details?.items ?? []).map((item) => [
            item.group,
            item.duration,
          ]),
        ),
      });
    });
  });
}

/**
 * DOM elements in a loaded page, and how many of them React hydrated (it tags each element it
 * manages with a `__reactFiber$…` property); elements inside static HTML it never walks.
 */
async function hydratedElements(url) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    return await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      const hydrated = all.filter((el) =>
        Object.keys(el).some((k) => k.startsWith('__reactFiber')),
      );
      return { elements: all.length, hydrated: hydrated.length };
    });
  } finally {
    await browser.close();
  }
}

/** Pages also measured with real throttling (see measureLighthouse). */
const DEVTOOLS_PAGES = new Set([`/zh-hans/${SLUG}`, `/zh-hant/${SLUG}`, '/zh-hans (index)', FLOOR]);

/** Main-thread groups Lighthouse reports, in the order shown. */
export const MAIN_THREAD = [
  ['scriptEvaluation', 'script'],
  ['styleLayout', 'style & layout'],
  ['paintCompositeRender', 'paint'],
  ['parseHTML', 'parse HTML'],
  ['scriptParseCompile', 'compile'],
  ['garbageCollection', 'GC'],
  ['other', 'other'],
];

/** The pages Lighthouse loads: the article in every script, the archive's pages, the floor. */
export function lighthousePages(base, hello) {
  return [
    [`/zh-hans/${SLUG}`, `${base}/zh-hans/${SLUG}`],
    [`/zh-hant/${SLUG}`, `${base}/zh-hant/${SLUG}`],
    [`/zh-hant-hk/${SLUG}`, `${base}/zh-hant-hk/${SLUG}`],
    // The archive's pages: the index, a person's page, search results.
    ['/zh-hans (index)', `${base}/zh-hans`],
    ['/zh-hant/people/刘庆峰', `${base}/zh-hant/people/${encodeURIComponent('刘庆峰')}`],
    ['/zh-hans/search?q=算力', `${base}/zh-hans/search?q=${encodeURIComponent('算力')}`],
    [FLOOR, `${hello}/text`],
  ];
}

/**
 * `runs` Lighthouse runs of every page, interleaved (simulated throttling), the same with real
 * throttling for the pages in DEVTOOLS_PAGES, and each page's DOM and hydration counts. Real
 * throttling because on these machines the observed first paint of any long CJK page comes
 * after every script has arrived, so the simulation counts all of them for the floor and the
 * article alike, and a render-blocking stylesheet barely shows; loaded throttled, the
 * stylesheet's round trip is there to see.
 */
export async function measureLighthouse(base, hello, runs) {
  const pages = lighthousePages(base, hello);
  const simulated = new Map(pages.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of pages) simulated.get(name).push(await lighthouseOnce(url));
  }
  const throttledPages = pages.filter(([name]) => DEVTOOLS_PAGES.has(name));
  const throttled = new Map(throttledPages.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of throttledPages) {
      throttled.get(name).push(await lighthouseOnce(url, { devtools: true }));
    }
  }
  const hydration = new Map();
  for (const [name, url] of pages) hydration.set(name, await hydratedElements(url));
  return { runs, names: pages.map(([name]) => name), simulated, throttled, hydration };
}
