import type { Script } from '../text/scripts';

/**
 * The site's public origin, for canonical URLs, alternates, the sitemap and JSON-LD. Set
 * `SITE_URL` when building for a real host (pages are prerendered, so it is read at build time).
 */
export const SITE_URL = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

/** The path of a page in a script: the index (`/zh-hant`) or an article (`/zh-hant/<slug>`). */
export function pathIn(script: Script, slug?: string): string {
  return slug ? `/${script}/${slug}` : `/${script}`;
}

/** The absolute URL of a path on this site. */
export function absolute(path: string): string {
  return `${SITE_URL}${path}`;
}

/**
 * `alternates` for a page: itself as canonical, every script (Taiwan's as both `zh-Hant` and
 * `zh-Hant-TW`, Hong Kong's as `zh-Hant-HK`), and as x-default the unprefixed path, which
 * sends each reader to their script.
 */
export function alternatesFor(script: Script, slug?: string) {
  return {
    canonical: absolute(pathIn(script, slug)),
    languages: {
      'zh-Hans': absolute(pathIn('zh-hans', slug)),
      'zh-Hant': absolute(pathIn('zh-hant', slug)),
      'zh-Hant-TW': absolute(pathIn('zh-hant', slug)),
      'zh-Hant-HK': absolute(pathIn('zh-hant-hk', slug)),
      'x-default': absolute(slug ? `/${slug}` : '/'),
    },
  };
}

const OG_LOCALE: Record<Script, string> = {
  'zh-hans': 'zh_CN',
  'zh-hant': 'zh_TW',
  'zh-hant-hk': 'zh_HK',
};

/** The Open Graph locale of a script's pages. */
export function ogLocale(script: Script): string {
  return OG_LOCALE[script];
}
