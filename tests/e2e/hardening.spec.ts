import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';

const SLUG = 'liu-qingfeng-general-ai';
const ARTICLE = `/zh-hans/${SLUG}`;

/**
 * The whole Content-Security-Policy, directive by directive: any source added to any directive
 * (an 'unsafe-eval' in script-src, a host in img-src) or any directive dropped fails. Scripts:
 * this origin, and outside the scripts 'unsafe-inline' for the page data Next inlines in its
 * own 404 page, the one React page; every page under a script has no inline script, and
 * allows none (PAGE_SCRIPTS). Styles: this origin, and by their hashes
 * exactly the inline styles the pages print (read from pages of every kind below), never
 * 'unsafe-inline'.
 */
const POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'"], // and the inline styles' hashes, added in beforeAll
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** script-src on every path under a script: this origin's files only. */
const PAGE_SCRIPTS = ["'self'"];

/** A policy as directive → sources, sorted, so that order does not matter and nothing hides. */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources.sort()]),
  );
}

test('the policy parser sees an added source (the check itself works)', () => {
  const loose = directives("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'");
  expect(loose['script-src']).toContain("'unsafe-eval'");
});

/**
 * The CSP source (`'sha256-…'`) of every distinct `<style>` text that pages of every kind
 * print: an article, the index, a share page.
 */
async function inlineStyleHashes(request: APIRequestContext): Promise<string[]> {
  const article = await (await request.get(ARTICLE)).text();
  const section = article.match(/<h2 id="([^"]+)"/)?.[1] as string;
  const pages = [ARTICLE, '/zh-hant', `${ARTICLE}/s/${encodeURIComponent(section)}`];
  const hashes = new Set<string>();
  for (const url of pages) {
    const html = await (await request.get(url)).text();
    for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      hashes.add(
        `'sha256-${createHash('sha256')
          .update(m[1] as string, 'utf8')
          .digest('base64')}'`,
      );
    }
  }
  return [...hashes];
}

test.describe('security headers', () => {
  test.beforeAll(async ({ request }) => {
    const hashes = await inlineStyleHashes(request);
    // Pages of every kind inline their first screen's styles: four parts in all.
    expect(hashes.length).toBe(4);
    POLICY['style-src'] = ["'self'", ...hashes];
  });
  const urls = [
    ARTICLE,
    '/zh-hant-hk/liu-qingfeng-general-ai',
    '/zh-hant',
    '/zh-hans/search?q=%E7%AE%97%E5%8A%9B',
    '/zh-hant/search',
    `/zh-hans/people/${encodeURIComponent('刘庆峰')}`,
    `${ARTICLE}/q/p4-q1`,
    '/',
    '/zh-hans/no-such-article',
    '/robots.txt',
    '/sitemap.xml',
    '/icon.svg',
  ];
  for (const url of urls) {
    const underScript = /^\/zh-(hans|hant|hant-hk)(\/|\?|$)/.test(url);
    test(`${url} carries them, and no X-Powered-By`, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 0 });
      const h = response.headers();
      const expected = underScript ? { ...POLICY, 'script-src': PAGE_SCRIPTS } : POLICY;
      const sorted = Object.fromEntries(
        Object.entries(expected).map(([name, sources]) => [name, [...sources].sort()]),
      );
      expect(directives(h['content-security-policy'] ?? '')).toEqual(sorted);
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy']).toContain('camera=()');
      expect(h['x-powered-by']).toBeUndefined();
    });
  }

  test('hashed assets carry them too: the reader’s code and the stylesheet', async ({
    request,
  }) => {
    const article = await (await request.get(ARTICLE)).text();
    const assets = [
      article.match(/\/reader\/[^"]+\.js/)?.[0],
      article.match(/\/styles\/[^"]+\.css/)?.[0],
    ];
    for (const asset of assets) {
      expect(asset).toBeTruthy();
      const response = await request.get(asset as string);
      expect(response.headers()['x-content-type-options'], asset).toBe('nosniff');
      expect(response.headers()['content-security-policy'], asset).toContain("default-src 'self'");
    }
  });
});

test.describe('odd URLs get a 404 or a 200, never a 500', () => {
  const odd = [
    '/zh-hans/..%2f..%2fetc%2fpasswd',
    '/zh-hans/%2e%2e/%2e%2e/package.json',
    '/zh-hans/..%5c..%5cpackage.json',
    `/zh-hans/${'a'.repeat(2048)}`,
    `/${'b'.repeat(2048)}`,
    '/zh-hans/%00',
    `/zh-hans/${SLUG}%00`,
    '/zh-hans/%E5%88%98%E5%BA%86%E5%B3%B0',
    '/zh-hant/%E5%8A%89%E6%85%B6%E5%B3%B0',
    '/zh-hans/%ZZ',
    '/zh-hans/%E0%A4%A',
    '/zh-xx/%ZZ',
    '/%ZZ',
    '/zh-hans/content%2Fliu-qingfeng-general-ai.md',
    '/ZH-HANS/' + SLUG,
    '/zh-hans//' + SLUG,
  ];
  for (const url of odd) {
    test(`GET ${url.slice(0, 60)}`, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 5 });
      expect([200, 404]).toContain(response.status());
      expect(await response.text()).not.toContain('"name": "interview-reader"');
    });
  }

  test('HEAD requests are answered like GET', async ({ request }) => {
    expect((await request.head(ARTICLE)).status()).toBe(200);
    expect((await request.head('/zh-hans/no-such-article')).status()).toBe(404);
    expect((await request.head('/', { maxRedirects: 0 })).status()).toBe(307);
  });

  test('unexpected query strings change nothing', async ({ request }) => {
    for (const query of [
      '?a=1',
      '?__proto__=x&constructor=y',
      '?_rsc=zzz',
      `?q=${'x'.repeat(1500)}`,
      '?%00=%00',
    ]) {
      const response = await request.get(`${ARTICLE}${query}`);
      expect(response.status(), query).toBe(200);
    }
  });
});

test.describe('caching', () => {
  test('a prerendered page can sit in a CDN, named by an ETag of its content', async ({
    request,
  }) => {
    // Pages are route handlers (src/app/_document): each sends an ETag named by its content
    // for the caches in front, which answer If-None-Match (nginx.spec.ts); Next does not.
    for (const url of [ARTICLE, '/zh-hans', `/zh-hant/people/${encodeURIComponent('刘庆峰')}`]) {
      const first = await request.get(url);
      const h = first.headers();
      expect(h['cache-control'], url).toMatch(/s-maxage=\d+/);
      expect(h['etag'], url).toBe(
        `"${createHash('sha256')
          .update(await first.body())
          .digest('base64url')
          .slice(0, 22)}"`,
      );
    }
  });

  test('hashed assets are immutable: the reader’s code, the stylesheet', async ({ request }) => {
    const html =
      (await (await request.get(ARTICLE)).text()) + (await (await request.get('/zh-hans')).text());
    const assets = [...html.matchAll(/\/(?:_next\/static|reader|styles)\/[^"]+\.(?:js|css)/g)].map(
      (m) => m[0],
    );
    expect(assets.filter((a) => a.startsWith('/reader/')).length).toBeGreaterThan(0);
    expect(assets.filter((a) => a.startsWith('/styles/')).length).toBeGreaterThan(0);
    for (const asset of new Set(assets)) {
      const cache = (await request.get(asset)).headers()['cache-control'];
      expect(cache, asset).toContain('immutable');
      expect(cache, asset).toMatch(/max-age=31536000/);
    }
  });

  test('redirects that depend on the reader are never cached by a shared cache', async ({
    request,
  }) => {
    const response = await request.get('/', { maxRedirects: 0 });
    expect(response.headers()['cache-control']).toMatch(/private|no-store/);
  });
});

test.describe('files outside the scripts', () => {
  test('one that does not exist gets the 404 page in the reader’s script, never an empty page', async ({
    request,
  }) => {
    for (const url of [
      '/favicon.ico',
      '/wp-login.php',
      '/images/no-such-image.jpg',
      '/images',
      '/styles/0000000000000000.css',
      '/sitemaps/9.xml',
      '/no/such/file.txt',
      '/..%2fpackage.json',
    ]) {
      const response = await request.get(url, {
        maxRedirects: 0,
        headers: { 'accept-language': 'zh-TW,zh;q=0.9' },
      });
      expect(response.status(), url).toBe(404);
      const html = await response.text();
      expect(html, url).toContain('<html lang="zh-Hant">');
      expect(html, url).toMatch(/<h1>[^<]+<\/h1>/);
      expect(html, url).not.toContain('__next_error__');
      expect(response.headers()['cache-control'], url).toBe('private, no-store');
    }
  });

  test('those the build made or public/ holds are served', async ({ request }) => {
    const article = await (await request.get(ARTICLE)).text();
    const stylesheet = article.match(/\/styles\/[0-9a-f]+\.css/)?.[0] as string;
    for (const url of ['/robots.txt', '/sitemap.xml', '/icon.svg', stylesheet]) {
      expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200);
    }
  });
});
