import type { Element, ElementContent, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { h } from 'hastscript';
import type { Article, QuoteView, SectionView } from '@/lib/content/articles';
import {
  type Figure,
  type Frame,
  type Paragraph,
  type QuotePart,
  type Run,
  type Table,
} from '@/lib/content/blocks';
import { partId } from '@/lib/content/utterances';
import { IMAGE_SIZES, imageSources } from '@/lib/web/images';
import { dayText } from '@/lib/web/dates';
import type { Labels } from '@/lib/web/labels';
import { asOneQuotation, cardPath } from '@/lib/web/share';
import { personPath } from '@/lib/web/urls';
import { ARTICLE_SCHEMA } from './article-schema';

/**
 * The article as static HTML: headline, byline and reading time; the table of contents; the
 * lede and a pull quote; each section with its linkable heading and blocks (paragraphs,
 * figures, tables, block quotes, lists, section breaks); the credit; and the interviewee's
 * words, gathered. Nothing in it changes after the server renders it, so it is built as an
 * HTML syntax tree (hast, the unified tree remark-html renders through), sanitized to exactly
 * the elements, attributes and classes it writes (article-schema.ts), and placed in the
 * article's document as a tree (app/_article/document.ts), serialised once with the page by
 * hast-util-to-html, which escapes every text and attribute; what scripts add (copy buttons,
 * the current section, the toggle's place keeping) works by event delegation
 * (reader-script.ts). Content never becomes markup: raw HTML was dropped by the parser, text
 * only ever enters the tree as text, and the schema removes anything else.
 */

/** A run's text; a line break the editor forced (two spaces or `\` at a line's end) is a `<br>`. */
function textOf(value: string): ElementContent[] {
  return value
    .split('\n')
    .flatMap((line, i): ElementContent[] => [
      ...(i > 0 ? [h('br')] : []),
      ...(line ? [{ type: 'text' as const, value: line }] : []),
    ]);
}

/** A run with its emphasis, link or code; a speaker label in bold. */
function markedRun(run: Run): ElementContent[] {
  if (run.label) return [h('b', { className: 'turn-label' }, textOf(run.text))];
  const marks = run.marks;
  if (!marks) return textOf(run.text);
  let node: ElementContent[] = textOf(run.text);
  if (marks.code) node = [h('code', node)];
  if (marks.del) node = [h('del', node)];
  if (marks.em) node = [h('em', node)];
  if (marks.strong) node = [h('strong', node)];
  if (marks.href) node = [h('a', { href: marks.href }, node)];
  return [h('span', node)];
}

const samePart = (a?: QuotePart, b?: QuotePart) => a?.id === b?.id && a?.part === b?.part;

/**
 * A paragraph's text with its marks. Each part of an utterance is a `span.utterance` whose id
 * links to it; its quotation marks stay real characters, so copied text is exact.
 */
export function runsContent(runs: Run[]): ElementContent[] {
  const groups: { quote?: QuotePart; runs: Run[] }[] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    if (last && samePart(last.quote, run.quote)) last.runs.push(run);
    else groups.push({ quote: run.quote, runs: [run] });
  }
  return groups.flatMap((group): ElementContent[] => {
    const content = group.runs.flatMap(markedRun);
    if (group.quote)
      return [h('span', { className: 'utterance', id: partId(group.quote) }, content)];
    const plain = group.runs.length === 1 && !group.runs[0]?.marks && !group.runs[0]?.label;
    return plain ? content : [h('span', content)];
  });
}

/** A link to a block itself (a pilcrow drawn by CSS, so copied text stays clean). */
function selfLink(id: string, label: string): Element {
  return h('a', { className: 'para-link', href: `#${id}`, 'aria-label': label });
}

/**
 * An image alone in its paragraph: a figure with its caption in the page's script. Width and
 * height reserve its place; the optimiser serves the width the screen needs; below the fold it
 * loads lazily (`eager` for an image that opens the article).
 */
function figureElement(
  paragraph: Paragraph,
  figure: Figure,
  linkLabel: string,
  eager: boolean,
): Element {
  const width = figure.width ?? 0;
  const sources = imageSources(figure.src, width);
  return h('figure', { id: paragraph.id }, [
    h('img', {
      src: sources.src,
      srcSet: sources.srcSet,
      sizes: IMAGE_SIZES,
      alt: figure.alt,
      width: figure.width,
      height: figure.height,
      loading: eager ? undefined : 'lazy',
      decoding: 'async',
    }),
    ...(paragraph.runs.length > 0 ? [h('figcaption', runsContent(paragraph.runs))] : []),
    selfLink(paragraph.id, linkLabel),
  ]);
}

/** A table, wrapped so that a wide one scrolls on a phone instead of the page. */
function tableElement(paragraph: Paragraph, table: Table, linkLabel: string): Element {
  const [head, ...body] = table.rows;
  const cell = (tag: 'th' | 'td', runs: Run[], i: number) =>
    h(tag, { align: table.align[i] ?? undefined }, runsContent(runs));
  return h('div', { className: 'table-wrap', id: paragraph.id }, [
    h('table', [
      ...(head
        ? [
            h('thead', [
              h(
                'tr',
                head.map((runs, i) => cell('th', runs, i)),
              ),
            ]),
          ]
        : []),
      h(
        'tbody',
        body.map((row) =>
          h(
            'tr',
            row.map((runs, i) => cell('td', runs, i)),
          ),
        ),
      ),
    ]),
    selfLink(paragraph.id, linkLabel),
  ]);
}

/**
 * A paragraph with its id and a link to itself. A dialogue turn says whose it is in its class
 * (`turn-question`, `turn-answer`, `turn-remark`).
 */
export function paragraphElement(paragraph: Paragraph, linkLabel: string): Element {
  return h(
    'p',
    { id: paragraph.id, className: paragraph.turn ? `turn-${paragraph.turn}` : undefined },
    [...runsContent(paragraph.runs), selfLink(paragraph.id, linkLabel)],
  );
}

/** Any block the parser makes, as its element. */
function blockElement(paragraph: Paragraph, linkLabel: string, eager: boolean): Element {
  if (paragraph.figure) return figureElement(paragraph, paragraph.figure, linkLabel, eager);
  if (paragraph.table) return tableElement(paragraph, paragraph.table, linkLabel);
  return paragraphElement(paragraph, linkLabel);
}

/**
 * Paragraphs in reading order, with their frames opened: neighbours in the same block quote or
 * list (same `group` at this depth) go into one `<blockquote>`, `<ol>` or `<ul>`, a list's
 * paragraphs into one `<li>` per item; a section break is an `<hr>` before its paragraph.
 */
function blocksContent(
  paragraphs: readonly Paragraph[],
  linkLabel: string,
  depth = 0,
  eagerFirst = false,
): ElementContent[] {
  const out: ElementContent[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    const first = paragraphs[i] as Paragraph;
    if (first.breakBefore && (depth === 0 || i === 0)) out.push(h('hr'));
    const frame = first.frames?.[depth];
    if (!frame) {
      out.push(blockElement(first, linkLabel, eagerFirst && i === 0));
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < paragraphs.length && paragraphs[end]?.frames?.[depth]?.group === frame.group)
      end++;
    out.push(frameElement(frame, paragraphs.slice(i, end), linkLabel, depth));
    i = end;
  }
  return out;
}

function frameElement(
  frame: Frame,
  inside: readonly Paragraph[],
  linkLabel: string,
  depth: number,
): Element {
  if (frame.kind === 'blockquote') {
    return h('blockquote', blocksContent(inside, linkLabel, depth + 1));
  }
  const items: Paragraph[][] = [];
  for (const p of inside) {
    const item = p.frames?.[depth]?.item;
    const last = items.at(-1);
    if (last && last[0]?.frames?.[depth]?.item === item) last.push(p);
    else items.push([p]);
  }
  return h(
    frame.kind,
    { start: frame.start },
    items.map((item) => h('li', blocksContent(item, linkLabel, depth + 1))),
  );
}

/**
 * A section heading with a link to itself (shown on hover and focus) and a copy-link button
 * (hidden until scripts run; its icon is drawn by CSS). Empty elements carry the section's
 * alias ids, so a hash written with the heading's text in any script lands here too.
 */
function headingElement(section: SectionView, labels: Labels): Element {
  return h('div', { className: 'heading-row' }, [
    ...section.aliases.map((alias) => h('span', { id: alias, className: 'alias' })),
    h('h2', { id: section.id }, section.heading),
    h('a', {
      className: 'self-link',
      href: `#${section.id}`,
      'aria-label': labels.linkToSection(section.heading),
    }),
    h('button', {
      type: 'button',
      'data-copy': 'link',
      'data-target': section.id,
      'aria-label': labels.copyLink,
      title: labels.copyLink,
      hidden: true,
    }),
  ]);
}

/** Links to every section. Scripts mark the one being read (`aria-current`). */
function tocElement(sections: SectionView[], title: string): Element[] {
  if (sections.length === 0) return [];
  return [
    h('nav', { className: 'toc', 'aria-label': title }, [
      h('p', { className: 'toc-title', 'aria-hidden': 'true' }, title),
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
  return h('aside', { className: 'pull-quote', 'aria-hidden': 'true' }, [
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
        'aria-labelledby': 'quotes-title',
        'data-attribution': `${speaker}，《${article.publication}》${article.issue}`,
      },
      [
        h('h2', { id: 'quotes-title' }, labels.quotesBy(speaker)),
        h(
          'ol',
          article.quotes.map((q) =>
            h('li', { 'data-answer': q.opening !== undefined ? '' : undefined }, [
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
                { type: 'button', 'data-copy': 'quote', 'data-target': q.id, hidden: true },
                labels.copyQuote,
              ),
            ]),
          ),
        ),
      ],
    ),
  ];
}

/**
 * The whole article as an HTML syntax tree: the `<article>` and, after it, the quotes panel,
 * sanitized to exactly what the site writes (article-schema.ts).
 */
export function articleBody(
  article: Article,
  labels: Labels,
  readingMinutes: number,
): ElementContent[] {
  const clean = sanitize(articleTree(article, labels, readingMinutes), ARTICLE_SCHEMA);
  if (clean.type !== 'root') return [];
  return clean.children.filter((node): node is ElementContent => node.type !== 'doctype');
}

/** The article's tree as the builders above write it, before the schema (see `articleBody`). */
export function articleTree(article: Article, labels: Labels, readingMinutes: number): Root {
  const pull = pickPullQuote(article.quotes);
  const link = labels.linkToParagraph;
  const tree = h(null, [
    h('article', [
      h('header', { className: 'article-header' }, [
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
      ]),
      ...tocElement(article.sections, labels.contents),
      h('div', { className: 'lede' }, blocksContent(article.lede, link, 0, true)),
      ...(pull ? [pullQuoteElement(pull, article.interviewee.name)] : []),
      ...article.sections.map((section) =>
        h('section', { 'aria-labelledby': section.id }, [
          headingElement(section, labels),
          ...blocksContent(section.paragraphs, link),
        ]),
      ),
      ...(article.credit
        ? [h('footer', { className: 'article-footer' }, [h('p', `（${article.credit}）`)])]
        : []),
    ]),
    ...quotesPanelElement(article, labels),
  ]);
  return tree;
}
