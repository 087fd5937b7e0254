import type { Element, ElementContent, Root } from 'hast';
import { toHast, type Raw } from 'mdast-util-to-hast';
import { sanitize } from 'hast-util-sanitize';
import { h } from 'hastscript';
import type { Article, QuoteView, SectionView } from '@/lib/content/articles';
import { dayText } from '@/lib/web/dates';
import type { Labels } from '@/lib/web/labels';
import { asOneQuotation, cardPath } from '@/lib/web/share';
import { personPath } from '@/lib/web/urls';
import { articleBodyHtml, pageTree } from './article-body';
import { ARTICLE_SCHEMA } from './article-schema';

/**
 * The article as static HTML: headline, byline and reading time; the table of contents; the
 * body (the lede, a pull quote, each section with its linkable heading and blocks: compiled
 * from the article tree by remark-html, article-body.ts); the credit; and the interviewee's
 * words, gathered. Nothing in it changes after the server renders it: the parts around the
 * body are HTML syntax trees (hast) built here, sanitized to exactly the elements, attributes
 * and classes the site writes (article-schema.ts), the same schema remark-html applies to the
 * body; the page's serialiser (hast-util-to-html) escapes every text and attribute. What the
 * reader's code adds (copy buttons, the current section, the toggle's place keeping) works by
 * event delegation (src/browser/reader.ts). Content never becomes markup: raw HTML is dropped by
 * the pipeline (content/remark-unsupported.ts), text only ever enters a tree as text, and the
 * schema removes anything else.
 */

/** Links to every section. Scripts mark the one being read (`aria-current`). */
function tocElement(sections: SectionView[], title: string): Element[] {
  if (sections.length === 0) return [];
  return [
    h('nav', { className: 'toc', ariaLabel: title }, [
      h('p', { className: 'toc-title', ariaHidden: 'true' }, title),
      h(
        'ol',
        sections.map((s) => h('li', [h('a', { href: `#${s.id}` }, s.heading)])),
      ),
    ]),
  ];
}

/** Shortest sentence-like first part worth setting large; decided on the canonical ids, not text. */
export function pickPullQuote(quotes: QuoteView[]): QuoteView | undefined {
  return quotes.find((q) => {
    const first = [...(q.parts[0] ?? '')].length;
    return first >= 8 && first <= 42;
  });
}

/**
 * A pull quote: the first part of an utterance, set large. It repeats words that stand in the
 * text, so it is hidden from assistive technology, which reads them there.
 */
function pullQuoteElement(quote: QuoteView, speaker: string): Element {
  return h('aside', { className: 'pull-quote', ariaHidden: 'true' }, [
    h('p', quote.parts[0] ?? ''),
    h('p', { className: 'pull-quote-by' }, `——${speaker}`),
  ]);
}

/**
 * Every utterance of the interviewee, each linking to its place in the text, with a button to
 * copy it with its attribution and link (shown once scripts run) and its card (金句卡) as a PNG.
 * The attribution is written once, on the panel. A whole answer of a Q&A transcript is listed by
 * its opening sentence (the answer again would repeat the article); copying it copies all of it.
 */
function quotesPanelElement(article: Article, labels: Labels): Element[] {
  if (article.quotes.length === 0) return [];
  const speaker = article.interviewee.name;
  return [
    h(
      'aside',
      {
        className: 'quotes-panel',
        ariaLabelledBy: 'quotes-title',
        dataAttribution: `${speaker}，《${article.publication}》${article.issue}`,
      },
      [
        h('h2', { id: 'quotes-title' }, labels.quotesBy(speaker)),
        h(
          'ol',
          article.quotes.map((q) =>
            h('li', { dataAnswer: q.opening !== undefined ? '' : undefined }, [
              h('blockquote', q.opening ?? asOneQuotation(q.parts, article.script)),
              h('a', { href: `#${q.id}` }, labels.inContext),
              h(
                'a',
                {
                  href: cardPath(article.script, article.slug, 'quote', q.id),
                  download: `${q.id}.png`,
                  className: 'card-download',
                },
                labels.downloadCard,
              ),
              h(
                'button',
                { type: 'button', dataCopy: 'quote', dataTarget: q.id, hidden: true },
                labels.copyQuote,
              ),
            ]),
          ),
        ),
      ],
    ),
  ];
}

/** The nodes as the schema lets them through (article-schema.ts). */
function clean(nodes: ElementContent[]): ElementContent[] {
  const tree = sanitize({ type: 'root', children: nodes }, ARTICLE_SCHEMA);
  if (tree.type !== 'root') return [];
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype');
}

/**
 * The whole article as an HTML syntax tree: the `<article>` (its header, table of contents,
 * body and credit) and, after it, the quotes panel, each part sanitized to exactly what the
 * site writes (article-schema.ts). The body comes compiled by remark-html (article-body.ts)
 * and stands in the tree as a `raw` node, which the page's serialiser writes as it is.
 */
export function articleBody(
  article: Article,
  labels: Labels,
  readingMinutes: number,
): ElementContent[] {
  const body: Raw = { type: 'raw', value: articleBodyHtml(article, labels, pullQuote(article)) };
  return articleParts(article, labels, readingMinutes, [body], clean);
}

/**
 * The same article as the builders and plugins write it, before any schema, with the body as
 * a tree: what `articleBody` would be if sanitizing removed nothing (the schema's test).
 */
export function articleTree(article: Article, labels: Labels, readingMinutes: number): Root {
  const body = toHast(pageTree(article, labels, pullQuote(article)));
  const nodes = body.type === 'root' ? body.children : [];
  // remark-html ends the body it writes with a line break.
  const content = [...nodes, { type: 'text' as const, value: '\n' }].filter(
    (node): node is ElementContent => node.type !== 'doctype',
  );
  return {
    type: 'root',
    children: articleParts(article, labels, readingMinutes, content, (n) => n),
  };
}

/** The pull quote of an article, if one of its utterances suits (see `pickPullQuote`). */
function pullQuote(article: Article): Element | undefined {
  const pull = pickPullQuote(article.quotes);
  return pull ? pullQuoteElement(pull, article.interviewee.name) : undefined;
}

/** The article's parts around its body, each passed through `check`. */
function articleParts(
  article: Article,
  labels: Labels,
  readingMinutes: number,
  body: ElementContent[],
  check: (nodes: ElementContent[]) => ElementContent[],
): ElementContent[] {
  return [
    h('article', [
      ...check([headerElement(article, labels, readingMinutes)]),
      ...check(tocElement(article.sections, labels.contents)),
      ...body,
      ...check(
        article.credit
          ? [h('footer', { className: 'article-footer' }, [h('p', `（${article.credit}）`)])]
          : [],
      ),
    ]),
    ...check(quotesPanelElement(article, labels)),
  ];
}

/** The article's header: headline, byline, the interviewee, the day of an update, reading time. */
function headerElement(article: Article, labels: Labels, readingMinutes: number): Element {
  return h('header', { className: 'article-header' }, [
    h('h1', article.title),
    h('p', { className: 'byline' }, [
      `《${article.publication}》${article.issue} · `,
      h('time', { dateTime: article.date }, dayText(article.date)),
      ` · ${labels.reporter} ${article.reporter.name}`,
    ]),
    h('p', { className: 'byline interviewee' }, [
      `${labels.interviewee} `,
      h(
        'a',
        { href: personPath(article.script, article.interviewee.id) },
        article.interviewee.name,
      ),
      `，${article.interviewee.role}`,
    ]),
    ...(article.updated
      ? [
          h('p', { className: 'meta' }, [
            `${labels.updated} `,
            h('time', { dateTime: article.updated }, dayText(article.updated)),
          ]),
        ]
      : []),
    h('p', { className: 'meta' }, labels.readingTime(readingMinutes)),
  ]);
}
