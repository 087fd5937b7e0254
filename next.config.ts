import type { NextConfig } from 'next';
import { bundleReader } from './scripts/support/reader.mjs';
import { compileStyles, criticalStyleSources } from './scripts/support/styles.mjs';
import { IMAGE_QUALITY, IMAGE_WIDTHS } from './src/lib/web/images';
import { SCRIPTS } from './src/lib/text/scripts';

/**
 * The styles (src/app/_styles/*.css), minified by lightningcss into the compiled.json the pages
 * import: made whenever Next reads this file (build, dev, start), so they are never stale.
 */
const STYLES = compileStyles();

/** The reader's browser code (src/browser/reader.ts), bundled by esbuild likewise. */
bundleReader();

/**
 * Content-Security-Policy for every response. Scripts, styles and images come from this origin
 * only (no `data:` either: the copy-link icon is a file beside the stylesheet. Next compiles a
 * header value holding a colon on every request, and `data:` cost a kept page ~13% of its
 * server time).
 * Styles: this origin, and the first screen's styles each page inlines, allowed by their
 * hashes (src/app/_styles), never 'unsafe-inline'. Nothing may frame the site, and nothing is
 * loaded from anywhere else.
 */
function policy(codeSources: string): string {
  return [
    "default-src 'self'",
    `script-src ${codeSources}`,
    ["style-src 'self'", ...criticalStyleSources(STYLES)].join(' '),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Every page under a script is a document with no inline script (src/app/_document): only this
 * origin's files may run there. The one React page, Next's 404 for paths outside the scripts
 * (src/app/global-not-found.tsx), needs 'unsafe-inline' for the page data Next inlines.
 */
const CSP = policy("'self' 'unsafe-inline'");
const PAGES_CSP = policy("'self'");
const SCRIPT_PATHS = `/:script(${SCRIPTS.join('|')})/:path*`;

const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CSP },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The proxy sees the request's URL as the server received it. Otherwise Next rebuilds it
  // with `localhost` for a server listening on 127.0.0.1, and takes the proxy's rewrite of a
  // search to its kept results (src/proxy.ts) for one to another host, fetched over HTTP.
  skipProxyUrlNormalize: true,
  // jieba (word cutting for the traditional text) is a native addon: Node loads it, the
  // bundler cannot. It runs at build time, when pages are prerendered.
  serverExternalPackages: ['@node-rs/jieba'],
  // The articles (content/*.md) are read at runtime by the routes that make pages on request,
  // from the release's own content/ beside its build (README › Deploying); listing each in
  // every route's file trace cost ~1.4 KB of .next per article and route (14 MB of trace files
  // at 10,000 articles) and a Turbopack warning that the pattern matches every article.
  outputFileTracingExcludes: { '/*': ['content/**'] },
  reactStrictMode: true,
  // Next's image optimiser (`/_next/image`) resizes article images, and nothing else: only
  // paths under /images/ (public/images/), no other host, only the widths and the quality the
  // pages ask for (src/lib/web/images.ts). Any other request is a 400. Its disk cache
  // (.next/cache/images) is bounded: least recently used entries go past 256 MB.
  images: {
    localPatterns: [{ pathname: '/images/**', search: '' }],
    remotePatterns: [],
    deviceSizes: [...IMAGE_WIDTHS],
    imageSizes: [],
    qualities: [IMAGE_QUALITY],
    formats: ['image/webp'],
    // A resized image is kept (and may be cached by nginx) for 30 days; an edited image gets a
    // new file name.
    minimumCacheTTL: 60 * 60 * 24 * 30,
    maximumDiskCacheSize: 256 * 1024 * 1024,
    dangerouslyAllowSVG: false,
  },
  experimental: {
    // Next's own 404 for paths outside the scripts (global-not-found.tsx): there is no root
    // layout to hold one.
    globalNotFound: true,
    // Turbopack's build cache (.next/cache/turbopack) is written while the pages are being
    // made, and the compiler holds its memory (~500 MB) until it is written: that overlap was
    // the build's peak (1.64 GB for 600 articles in a fresh copy; 1.37 GB without it, and the
    // build 9 s faster). A fresh clone, CI and a deploy have no cache to reuse anyway; a
    // rebuild in the same folder compiles ~10 s longer.
    turbopackFileSystemCacheForBuild: false,
    // Pages, cards and search results made on request are kept in memory (Next's LRU, 50 MB),
    // not written under .next/server: every search query would otherwise add seven files there,
    // without bound, for anyone who types a new one. What falls out is made again on request,
    // byte for byte the same (the warm-up keeps that fast); nginx keeps what it serves.
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // Later rules win for the same header.
      { source: SCRIPT_PATHS, headers: [{ key: 'Content-Security-Policy', value: PAGES_CSP }] },
    ];
  },
};

export default nextConfig;
