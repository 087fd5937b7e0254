import { contentName } from '@/lib/web/kept-files';
import compiled from './compiled.json';

/**
 * The site's styles in two halves, written as CSS in the .css files here and minified by
 * lightningcss at build (scripts/support/styles.mjs). What a first screen needs is inlined in
 * the page's `<head>` (a `<style>` per part: every page has `base`, then its kind's part), so
 * the first paint waits for no stylesheet; the Content-Security-Policy allows exactly these
 * texts by their hashes (next.config.ts), never 'unsafe-inline'. Everything else (rest.css) is
 * one stylesheet, linked at the end of `<body>`: the browser paints what comes before it
 * without waiting, and fetches it early.
 */
export const CRITICAL = {
  base: compiled.base,
  article: compiled.article,
  archive: compiled.archive,
  share: compiled.share,
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

/** The copy-link icon rest.css masks with, served beside the stylesheet, named by its content. */
export const LINK_ICON = compiled.linkIcon;
export const LINK_ICON_FILE = contentName(LINK_ICON, 'svg');

/**
 * The rest of the styles, served from STYLESHEET_PATH. rest.css names the icon by its source
 * file; the stylesheet names it as served, beside itself (a changed icon is a new name, so a
 * new stylesheet).
 */
export const STYLESHEET = compiled.rest.replaceAll('url(link-icon.svg)', `url(${LINK_ICON_FILE})`);

/** Named by its content, so that it can be kept a year and a new text gets a new URL. */
export const STYLESHEET_FILE = contentName(STYLESHEET, 'css');
export const STYLESHEET_PATH = `/styles/${STYLESHEET_FILE}`;
