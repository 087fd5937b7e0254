import type { NextConfig } from 'next';

/**
 * Content-Security-Policy for every response. Scripts and styles come from this origin only;
 * 'unsafe-inline' for scripts is what Next's inlined page data needs on prerendered pages
 * (a nonce would force every page to render per request). Nothing may frame the site, and
 * nothing is loaded from anywhere else.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

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
  // jieba (word cutting for the traditional text) is a native addon: Node loads it, the
  // bundler cannot. It runs at build time, when pages are prerendered.
  serverExternalPackages: ['@node-rs/jieba'],
  reactStrictMode: true,
  experimental: {
    // One 404 for URLs outside /zh-hans and /zh-hant: each script is its own root layout.
    globalNotFound: true,
  },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
