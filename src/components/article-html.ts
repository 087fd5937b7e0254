import { partId, type Paragraph, type QuotePart, type Run } from '@/lib/content/parse';
import type { Article, QuoteView, SectionView } from '@/lib/content/articles';
import type { Labels } from '@/lib/web/labels';
import { asOneQuotation, cardPath } from '@/lib/web/share';
import { el, text } from './html';

/**
 * The article as static HTML: headline, byline and reading time; the table of contents; the
 * lede and a pull quote; each section with its linkable heading and paragraphs; the credit; and
 * the interviewee's words, gathered. Nothing in it changes after the server renders it, so it is
 * written as a string (see ArticleView) and React never hydrates it; what scripts add (copy
 * buttons, the current section, the toggle's place keeping) works by event delegation
 * (ReaderScript).
 */

/** A run with its emphasis, link or code; a speaker label in bold. */
function markedRun(run: Run): string {
  if (run.label) return el('b', { class: 'turn-label' }, text(run.text));
  const marks = run.marks;
  if (!marks) return text(run.text);
  let node = text(run.text);
  if (marks.code) node = el('code', {}, node);
  if (marks.em) node = el('em', {}, node);
  if (marks.strong) node = el('strong', {}, node);
  if (marks.href) node = el('a', { href: marks.href }, node);
  return el('span', {}, node);
}

const samePart = (a?: QuotePart, b?: QuotePart) => a?.id === b?.id && a?.part === b?.part;

/**
 * A paragraph's text with its marks. Each part of an utterance is a `span.utterance` whose id
 * links to it; its quotation marks stay real characters, so copied text is exact.
 */
export function runsHtml(runs: Run[]): string {
  const groups: { quote?: QuotePart; runs: Run[] }[] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    if (last && samePart(last.quote, run.quote)) last.runs.push(run);
    else groups.push({ quote: run.quote, runs: [run] });
  }
  return groups
    .map((group) => {
      const content = group.runs.map(markedRun).join('');
      if (group.quote) return el('span', { class: 'utterance', id: partId(group.quote) }, content);
      const plain = group.runs.length === 1 && !group.runs[0]?.marks && !group.runs[0]?.label;
      return plain ? content : el('span', {}, content);
    })
    .join('');
}

/**
 * A paragraph with its id and a link to itself (a pilcrow drawn by CSS, so copied text stays
 * clean). A dialogue turn says whose it is in its class (`turn-question`, `turn-answer`,
 * `turn-remark`).
 */
export function paragraphHtml(paragraph: Paragraph, linkLabel: string): string {
  return el(
    'p',
    { id: paragraph.id, class: paragraph.turn ? `turn-${paragraph.turn}` : undefined },
    runsHtml(paragraph.runs),
    el('a', { class: 'para-link', href: `#${paragraph.id}`, 'aria-label': linkLabel }),
  );
}

/**
 * A section heading with a link to itself (shown on hover and focus) and a copy-link button
 * (hidden until scripts run; its icon is drawn by CSS). Empty elements carry the section's
 * alias ids, so a hash written with the heading's text in either script lands here too.
 */
function headingHtml(section: SectionView, labels: Labels): string {
  return el(
    'div',
    { class: 'heading-row' },
    ...section.aliases.map((alias) => el('span', { id: alias, class: 'alias' })),
    el('h2', { id: section.id }, text(section.heading)),
    el('a', {
      class: 'self-link',
      href: `#${section.id}`,
      'aria-label': labels.linkToSection(section.heading),
    }),
    el('button', {
      type: 'button',
      'data-copy': 'link',
      'data-target': section.id,
      'aria-label': labels.copyLink,
      title: labels.copyLink,
      hidden: true,
    }),
  );
}

/** Links to every section. Scripts mark the one being read (`aria-current`). */
function tocHtml(sections: SectionView[], title: string): string {
  if (sections.length === 0) return '';
  return el(
    'nav',
    { class: 'toc', 'aria-label': title },
    el('p', { class: 'toc-title', 'aria-hidden': 'true' }, text(title)),
    el(
      'ol',
      {},
      ...sections.map((s) => el('li', {}, el('a', { href: `#${s.id}` }, text(s.heading)))),
    ),
  );
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
function pullQuoteHtml(quote: QuoteView, speaker: string): string {
  return el(
    'aside',
    { class: 'pull-quote', 'aria-hidden': 'true' },
    el('p', {}, text(quote.parts[0] ?? '')),
    el('p', { class: 'pull-quote-by' }, text(`——${speaker}`)),
  );
}

/**
 * Every utterance of the interviewee, each linking to its place in the text, with a button to
 * copy it with its attribution and link (shown once scripts run) and its card (金句卡) as a PNG.
 * The attribution is written once, on the panel. A whole answer of a Q&A transcript is listed by
 * its opening sentence (the answer again would repeat the article); copying it copies all of it.
 */
function quotesPanelHtml(article: Article, labels: Labels): string {
  if (article.quotes.length === 0) return '';
  const speaker = article.interviewee.name;
  return el(
    'aside',
    {
      class: 'quotes-panel',
      'aria-labelledby': 'quotes-title',
      'data-attribution': `${speaker}，《${article.publication}》${article.issue}`,
    },
    el('h2', { id: 'quotes-title' }, text(labels.quotesBy(speaker))),
    el(
      'ol',
      {},
      ...article.quotes.map((q) =>
        el(
          'li',
          { 'data-answer': q.opening !== undefined },
          el('blockquote', {}, text(q.opening ?? asOneQuotation(q.parts))),
          el('a', { href: `#${q.id}` }, text(labels.inContext)),
          el(
            'a',
            {
              href: cardPath(article.script, article.slug, 'quote', q.id),
              download: `${q.id}.png`,
              class: 'card-download',
            },
            text(labels.downloadCard),
          ),
          el(
            'button',
            { type: 'button', 'data-copy': 'quote', 'data-target': q.id, hidden: true },
            text(labels.copyQuote),
          ),
        ),
      ),
    ),
  );
}

/** The whole article, as HTML: the `<article>` and, after it, the quotes panel. */
export function articleHtml(article: Article, labels: Labels, readingMinutes: number): string {
  const pull = pickPullQuote(article.quotes);
  const paragraph = (p: Paragraph) => paragraphHtml(p, labels.linkToParagraph);
  return (
    el(
      'article',
      {},
      el(
        'header',
        { class: 'article-header' },
        el('h1', {}, text(article.title)),
        el(
          'p',
          { class: 'byline' },
          text(
            `《${article.publication}》${article.issue} · ${labels.reporter} ${article.reporter.name}`,
          ),
        ),
        el('p', { class: 'meta' }, text(labels.readingTime(readingMinutes))),
      ),
      tocHtml(article.sections, labels.contents),
      el('div', { class: 'lede' }, ...article.lede.map(paragraph)),
      pull ? pullQuoteHtml(pull, article.interviewee.name) : '',
      ...article.sections.map((section) =>
        el(
          'section',
          { 'aria-labelledby': section.id },
          headingHtml(section, labels),
          ...section.paragraphs.map(paragraph),
        ),
      ),
      article.credit
        ? el('footer', { class: 'article-footer' }, el('p', {}, text(`（${article.credit}）`)))
        : '',
    ) + quotesPanelHtml(article, labels)
  );
}
