import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { articleHtml } from '@/components/article-html';
import { articleJsonLd } from '@/components/article-json-ld';
import { readerHooks } from '@/components/reader-script';
import { siteHeader } from '@/components/site-header-html';
import { type Article, readingMinutes } from '@/lib/content/articles';
import { langOf } from '@/lib/text/scripts';
import { CARD_SIZE } from '@/lib/web/cards';
import { labelsFor } from '@/lib/web/labels';
import { cardPath } from '@/lib/web/share';
import { absolute, alternatesFor, feedPath, ogLocale, pathIn } from '@/lib/web/urls';
import { CRITICAL, PAGE_STYLES, STYLESHEET_PATH } from '../_styles';

/**
 * The article page as one HTML document, written without React: nothing on it changes after
 * the server writes it, so it carries no framework and no page data for one (the RSC payload a
 * React page inlines would be a third of its weight, and hydrating it the reader's phone's
 * work before the first paint). What a script adds is the reader script, a small file of its
 * own (components/reader-script.ts). The parts are the ones the React pages use: the site
 * header, the article (components/article-html.ts), the first screen's styles inlined, each
 * allowed by its hash in the Content-Security-Policy, and the rest linked last.
 */

const meta = (name: string, content: string) => h('meta', { name, content });
const property = (name: string, content: string) => h('meta', { property: name, content });

/** The `<head>`: what the React pages' metadata writes, for one article. */
function head(article: Article): Element {
  const { script, slug } = article;
  const labels = labelsFor(script);
  const url = absolute(pathIn(script, slug));
  const image = absolute(cardPath(script, slug));
  const imageAlt = labels.cardAlt(article.title);
  const alternates = alternatesFor(script, slug);
  return h('head', [
    h('meta', { charSet: 'utf-8' }),
    meta('viewport', 'width=device-width, initial-scale=1'),
    ...PAGE_STYLES.article.map((part) => h('style', CRITICAL[part])),
    h('title', article.title),
    meta('description', article.description),
    meta('author', article.reporter.name),
    h('link', { rel: 'canonical', href: alternates.canonical }),
    ...Object.entries(alternates.languages).map(([lang, href]) =>
      h('link', { rel: 'alternate', hrefLang: lang, href }),
    ),
    property('og:type', 'article'),
    property('og:title', article.title),
    property('og:description', article.description),
    property('og:url', url),
    property('og:site_name', labels.siteName),
    property('og:locale', ogLocale(script)),
    property('og:image', image),
    property('og:image:width', String(CARD_SIZE.width)),
    property('og:image:height', String(CARD_SIZE.height)),
    property('og:image:alt', imageAlt),
    property('article:published_time', article.date),
    property('article:modified_time', article.updated ?? article.date),
    meta('twitter:card', 'summary_large_image'),
    h('link', { rel: 'icon', href: '/icon.svg', type: 'image/svg+xml', sizes: 'any' }),
    h('link', {
      rel: 'alternate',
      type: 'application/rss+xml',
      href: feedPath(script),
      title: labels.siteName,
    }),
    h(
      'script',
      { type: 'application/ld+json' },
      articleJsonLd(article, url, image, langOf(script)),
    ),
  ]);
}

/** The whole page of an article in its script, as the server sends it. */
export function articleDocument(article: Article): string {
  const labels = labelsFor(article.script);
  // The article is already HTML (articleHtml escapes its text): it goes in as it is.
  const html = articleHtml(article, labels, readingMinutes(article.length));
  const raw = { type: 'raw', value: html } as unknown as ElementContent;
  const body = h('body', [
    ...siteHeader(article.script, labels, article.slug),
    h('main', { id: 'main' }, [raw]),
    ...readerHooks(labels),
    h('link', { rel: 'stylesheet', href: STYLESHEET_PATH }),
  ]);
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: langOf(article.script) }, [head(article), body]),
    ],
  };
  return toHtml(tree, { allowDangerousHtml: true, upperDoctype: true });
}
