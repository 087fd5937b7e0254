import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { readerHooks } from '@/components/reader-hooks';
import { siteHeader } from '@/components/site-header-html';
import { langOf, type Script } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import { CARD_SIZE } from '@/lib/web/cards';
import { alternatesFor, feedPath, ogLocale } from '@/lib/web/urls';
import { CRITICAL, PAGE_STYLES, STYLESHEET_PATH, type PageKind } from '../_styles';

/**
 * Every page under a script is one HTML document written here, without React: nothing on the
 * site's pages changes after the server writes them, so they carry no framework and no page
 * data for one (the RSC payload a React page inlines was a third of its weight, and hydrating
 * it the reader's phone's work before the first paint). What JavaScript adds is the
 * reader's code, a small file of its own (src/browser/reader.ts, components/reader-hooks.ts). Each page: the first
 * screen's styles of its kind inlined, each allowed by its hash in the Content-Security-Policy,
 * the site header with the 简 | 繁 toggle, the page's `<main>`, and the rest of the styles
 * linked last, so the first paint never waits for them.
 */
export type PageSpec = {
  script: Script;
  /** Which first-screen styles the page inlines (see _styles). */
  kind: PageKind;
  title: string;
  /** The rest of the `<head>`, after the title: description, canonical, Open Graph, … */
  head: Element[];
  /** The page's path after the script (`page/2`, an article's slug), for the toggle. */
  rest?: string;
  /** What `<main>` holds, as a tree: no page passes HTML as a string. */
  main: ElementContent[];
  mainClass?: string;
  /** Whether the page runs the reader's code (copy buttons, the toggle's memory). */
  reader: boolean;
};

/** `<meta name content>`. */
export const meta = (name: string, content: string) => h('meta', { name, content });

/** `<meta property content>` (Open Graph). */
export const property = (name: string, content: string) => h('meta', { property: name, content });

/**
 * The page as its own canonical, and the same page in every script (`rest` as in PageSpec),
 * with x-default: what search engines need to keep the three scripts apart.
 */
export function alternateLinks(script: Script, rest?: string): Element[] {
  const alternates = alternatesFor(script, rest);
  return [
    h('link', { rel: 'canonical', href: alternates.canonical }),
    ...Object.entries(alternates.languages).map(([lang, href]) =>
      h('link', { rel: 'alternate', hrefLang: lang, href }),
    ),
  ];
}

/** What a link to a page shows where it is shared: its title, description, URL and card. */
export type Card = {
  title: string;
  description: string;
  /** The page's absolute URL. */
  url: string;
  /** The card's absolute URL (a PNG of CARD_SIZE). */
  image: string;
  imageAlt: string;
};

/**
 * The Open Graph tags of a page shared as an article with its card, and Twitter's card type
 * (Twitter reads the rest from Open Graph).
 */
export function cardMeta(script: Script, card: Card): Element[] {
  return [
    property('og:type', 'article'),
    property('og:title', card.title),
    property('og:description', card.description),
    property('og:url', card.url),
    property('og:site_name', labelsFor(script).siteName),
    property('og:locale', ogLocale(script)),
    property('og:image', card.image),
    property('og:image:width', String(CARD_SIZE.width)),
    property('og:image:height', String(CARD_SIZE.height)),
    property('og:image:alt', card.imageAlt),
    meta('twitter:card', 'summary_large_image'),
  ];
}

/** The whole page, as the server sends it. */
export function pageDocument(spec: PageSpec): string {
  const { script } = spec;
  const labels = labelsFor(script);
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    meta('viewport', 'width=device-width, initial-scale=1'),
    ...PAGE_STYLES[spec.kind].map((part) => h('style', CRITICAL[part])),
    h('title', spec.title),
    ...spec.head,
    h('link', { rel: 'icon', href: '/icon.svg', type: 'image/svg+xml', sizes: 'any' }),
    h('link', {
      rel: 'alternate',
      type: 'application/rss+xml',
      href: feedPath(script),
      title: labels.siteName,
    }),
  ]);
  const body = h('body', [
    ...siteHeader(script, labels, spec.rest),
    h('main', { id: 'main', className: spec.mainClass }, spec.main),
    ...(spec.reader ? readerHooks(labels) : []),
    h('link', { rel: 'stylesheet', href: STYLESHEET_PATH }),
  ]);
  const tree: Root = {
    type: 'root',
    children: [{ type: 'doctype' }, h('html', { lang: langOf(script) }, [head, body])],
  };
  // The one raw node a page may hold is an article body that remark-html has sanitized
  // (components/article-body.ts).
  return toHtml(tree, { upperDoctype: true, allowDangerousHtml: true });
}
