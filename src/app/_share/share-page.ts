import { h } from 'hastscript';
import { sharePage } from '@/components/share-html';
import type { Article } from '@/lib/content/articles';
import { labelsFor } from '@/lib/web/labels';
import {
  cardPath,
  findPassage,
  findQuote,
  findSection,
  landingPath,
  passageBy,
  quoteDescription,
  sectionOpening,
  shorten,
  sharePath,
  type ShareKind,
} from '@/lib/web/share';
import { absolute, pathIn } from '@/lib/web/urls';
import { pathTo } from '@/lib/web/grammar';
import { parsePassageHash } from '@/lib/web/passages';
import { sentenceSpans } from '@/lib/text/sentences';
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
  if (kind === 'passage') {
    const passage = findPassage(article, id);
    if (!passage) return undefined;
    const text = shorten(passage.text, 200);
    const by = passage.speaker ? `${passage.speaker}：` : '';
    return {
      title: `${by}${shorten(passage.text, TITLE_MAX)}`,
      description: text,
      main: text,
      detail: passageBy(article, passage),
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
 * A text fragment (`:~:text=…`) that finds a passage's sentences in the article's text: the
 * sentence whole, or the first and last of several.
 */
function textDirective(text: string): string {
  const spans = sentenceSpans(text);
  const first = spans[0];
  const last = spans.at(-1);
  if (!first || !last) return '';
  const escape = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const start = escape(text.slice(first.start, first.end));
  const end = last === first ? '' : `,${escape(text.slice(last.start, last.end))}`;
  return `:~:text=${start}${end}`;
}

/**
 * Where a page that cannot run the reader's code sends the reader of a passage: its
 * paragraph, with a text fragment in the page's script (browsers that apply one scroll to the
 * sentences and highlight them; others stop at the paragraph).
 */
function paragraphLanding(article: Article, id: string): string | undefined {
  const passage = parsePassageHash(id);
  const found = findPassage(article, id);
  if (!passage || !found) return undefined;
  const { script, slug } = article;
  return `${pathTo(script, 'article', { slug })}#${encodeURIComponent(passage.block)}${textDirective(found.text)}`;
}

/**
 * The share page of a section, quotation or passage of `article`, or undefined for an unknown
 * id: its own title, description, card and URL for Open Graph and Twitter, the article as
 * canonical (search engines keep to the article), and a refresh that sends the reader to the
 * place at once; the page shows it if the browser stays. A passage's page sends a reader with
 * JavaScript to the article with the passage marked (the reader's code follows its link, which
 * `data-land` names), and one without to the paragraph (a refresh inside `<noscript>`).
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
      kind === 'passage'
        ? h('noscript', [
            h('meta', { httpEquiv: 'refresh', content: `0;url=${paragraphLanding(article, id)}` }),
          ])
        : h('meta', { httpEquiv: 'refresh', content: `0;url=${href}` }),
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
        land: kind === 'passage',
      }),
    ],
    reader: kind === 'passage',
  });
}
