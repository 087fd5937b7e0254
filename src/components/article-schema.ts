import type { Schema } from 'hast-util-sanitize';
import { defaultSchema } from 'hast-util-sanitize';

/** Each class the article writes, on the element that carries it. */
const CLASSES: Record<string, string[]> = {
  header: ['article-header'],
  p: [
    'byline',
    'interviewee',
    'meta',
    'toc-title',
    'pull-quote-by',
    'turn-question',
    'turn-answer',
    'turn-remark',
  ],
  nav: ['toc'],
  div: ['lede', 'heading-row', 'table-wrap'],
  aside: ['pull-quote', 'quotes-panel'],
  span: ['alias', 'utterance'],
  a: ['self-link', 'para-link', 'card-download'],
  b: ['turn-label'],
  footer: ['article-footer'],
};

/** Each attribute the article writes (hast property names), on the elements that carry it. */
const ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'ariaLabel', 'download'],
  time: ['dateTime'],
  nav: ['ariaLabel'],
  p: ['id', 'ariaHidden'],
  aside: ['ariaHidden', 'ariaLabelledBy', 'dataAttribution'],
  section: ['ariaLabelledBy'],
  span: ['id'],
  h2: ['id'],
  button: ['type', 'dataCopy', 'dataTarget', 'ariaLabel', 'title', 'hidden'],
  li: ['dataAnswer'],
  ol: ['start'],
  figure: ['id'],
  img: ['src', 'srcSet', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
  div: ['id'],
  th: ['align'],
  td: ['align'],
};

/**
 * What an article's body may hold, and nothing more: exactly the elements, attributes and
 * classes the article's builders and plugins write (article-html.ts, article-body.ts and the
 * page's remark plugins), for hast-util-sanitize and remark-html. Whatever else a part
 * of the pipeline might put in the tree (raw HTML, an event handler, a `javascript:` link, an
 * iframe) never reaches a page. Starts from hast-util-sanitize's `defaultSchema` (GitHub's),
 * for its URL protocols and its list of what to strip whole. `clobberPrefix` is empty because
 * every id in the body is the site's own, made from the canonical source by the content room;
 * none comes from an author's HTML (raw HTML is dropped before).
 */
export const ARTICLE_SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  tagNames: [
    'article',
    'header',
    'h1',
    'p',
    'a',
    'time',
    'nav',
    'ol',
    'ul',
    'li',
    'div',
    'aside',
    'section',
    'h2',
    'span',
    'button',
    'footer',
    'blockquote',
    'b',
    'strong',
    'em',
    'del',
    'code',
    'br',
    'hr',
    'figure',
    'img',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  attributes: Object.fromEntries(
    [...new Set([...Object.keys(ATTRIBUTES), ...Object.keys(CLASSES)])].map((tag) => [
      tag,
      [
        ...(ATTRIBUTES[tag] ?? []),
        ...(CLASSES[tag] ? [['className', ...(CLASSES[tag] ?? [])] as [string, ...string[]]] : []),
      ],
    ]),
  ),
  // Properties no schema entry names are dropped; these must have a value the page can use.
  required: {},
};
