import { createHash } from 'node:crypto';
import { ARCHIVE } from './archive';
import { ARTICLE } from './article';
import { BASE } from './base';
import { minify } from './css';
import { REST } from './rest';
import { SHARE } from './share';

/**
 * The site's styles in two halves. What a first screen needs is inlined in the page's
 * `<head>` (a `<style>` per part: every page has `base`, then its kind's part), so the first
 * paint waits for no stylesheet; the Content-Security-Policy allows exactly these texts by
 * their hashes, never 'unsafe-inline'. Everything else is one stylesheet, linked at the end of
 * `<body>`: the browser paints what comes before it without waiting, and fetches it early.
 */
export const CRITICAL = {
  base: minify(BASE),
  article: minify(ARTICLE),
  archive: minify(ARCHIVE),
  share: minify(SHARE),
} as const;

export type CriticalPart = keyof typeof CRITICAL;

/** The parts each kind of page inlines, in order. */
export const PAGE_STYLES = {
  article: ['base', 'article'],
  archive: ['base', 'archive'],
  share: ['base', 'article', 'share'],
  plain: ['base'],
} as const satisfies Record<string, readonly CriticalPart[]>;

export type PageKind = keyof typeof PAGE_STYLES;

/** The rest of the styles, served from STYLESHEET_PATH. */
export const STYLESHEET = minify(REST);

const digest = (text: string) => createHash('sha256').update(text, 'utf8');

/** Named by its content, so that it can be kept a year and a new text gets a new URL. */
export const STYLESHEET_FILE = `${digest(STYLESHEET).digest('hex').slice(0, 16)}.css`;
export const STYLESHEET_PATH = `/styles/${STYLESHEET_FILE}`;

/** CSP sources for the inlined parts: `'sha256-…'`, one per part. */
export function criticalStyleSources(): string[] {
  return Object.values(CRITICAL).map((text) => `'sha256-${digest(text).digest('base64')}'`);
}
