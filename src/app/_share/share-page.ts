import { h } from 'hastscript';
import { sharePage } from '@/components/share-html';
import type { Article } from '@/lib/content/articles';
import { labelsFor } from '@/lib/web/labels';
import {
  cardPath,
  findQuote,
  findSection,
  landingPath,
  quoteDescription,
  sectionOpening,
  shorten,
  sharePath,
  type ShareKind,
} from '@/lib/web/share';
import { absolute, pathIn } from '@/lib/web/urls';
import { cardMeta, meta, pageDocument } from '../_document/document';

/** Longest quotation in a share page's title and in its card's alt text, in characters. */
const TITLE_MAX = 40;
const ALT_MAX = 80;

type Shared = { title: string; description: string; main: string; detail: string };

/** What the share page of section or quotation `id` is about, or undefined for an unknown id. */
function sharedOf(article: Article, kind: ShareKind, id: string): Shared | undefined {
  if (kind === 'section') {
    const section = findSection(article, id);
    if (!section) return undefined;
    const opening = sectionOpening(section);
    return {
      title: `${section.heading}｜${article.title}`,
      description: opening,
      main: section.heading,
      detail: opening,
    };
  }
  const quote = findQuote(article, id);
  if (!quote) return undefined;
  const text = quoteDescription(quote, article.script);
  return {
    title: `${quote.speaker}：${shorten(text, TITLE_MAX)}`,
    description: text,
    main: text,
    detail: `——${quote.speaker}，《${article.publication}》${article.issue}`,
  };
}

/**
 * The share page of a section or quotation of `article`, or undefined for an unknown id: its
 * own title, description, card and URL for Open Graph and Twitter, the article as canonical
 * (search engines keep to the article), and a refresh that sends the reader to the place at
 * once; the page shows it if the browser stays.
 */
export function shareDocument(article: Article, kind: ShareKind, id: string): string | undefined {
  const shared = sharedOf(article, kind, id);
  if (!shared) return undefined;
  const { script, slug } = article;
  const labels = labelsFor(script);
  const { title, description } = shared;
  const href = landingPath(script, slug, id);
  return pageDocument({
    script,
    kind: 'share',
    title,
    head: [
      meta('description', description),
      h('link', { rel: 'canonical', href: absolute(pathIn(script, slug)) }),
      ...cardMeta(script, {
        title,
        description,
        url: absolute(sharePath(script, slug, kind, id)),
        image: absolute(cardPath(script, slug, kind, id)),
        imageAlt: labels.cardAlt(shorten(shared.main, ALT_MAX)),
      }),
      h('meta', { httpEquiv: 'refresh', content: `0;url=${href}` }),
    ],
    rest: slug,
    main: [
      sharePage({
        article: article.title,
        main: shared.main,
        detail: shared.detail,
        kind,
        href,
        linkLabel: labels.readInContext,
      }),
    ],
    reader: false,
  });
}
