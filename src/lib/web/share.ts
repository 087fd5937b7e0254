import type { Article, QuoteView, SectionView } from '../content/articles';
import { labelsFor } from './labels';
import { quoteMarks } from '../text/quote-marks';
import type { Script } from '../text/scripts';
import { pathTo } from './grammar';
import { formatRange, parsePassageHash } from './passages';
import { passageOf, type Passage } from '../content/passages';

/**
 * Share pages and their cards: what a link to a whole article, one section, one quotation or
 * one passage previews as, and where it lands. Paths only; pages turn them into absolute URLs.
 *
 * - article: `/<script>/<slug>`, card `/<script>/<slug>/card.png`
 * - section: `/<script>/<slug>/s/<section id>`, card `…/s/<section id>/card.png`
 * - quotation: `/<script>/<slug>/q/<quote id>`, card `…/q/<quote id>/card.png`
 * - passage (sentences of a paragraph the reader chose): `/<script>/<slug>/p/<paragraph
 *   id>/<range>`, card `…/<range>/card.png`; its id is the hash that marks it in the article,
 *   `<paragraph id>~<range>` (passages.ts)
 *
 * Ids are the page's own (from the canonical source), so a link works in every script.
 */

export type ShareKind = 'section' | 'quote' | 'passage';

/** A passage's params from its id (`p8~2-3` → `p8`, `2-3`); none for an id of no passage. */
function passageParams(id: string): { block?: string; range?: string } {
  const passage = parsePassageHash(id);
  return passage ? { block: passage.block, range: formatRange(passage.range) } : {};
}

/** The path of a section's (`s`), quotation's (`q`) or passage's (`p`) share page. */
export function sharePath(script: Script, slug: string, kind: ShareKind, id: string): string {
  if (kind === 'passage') return pathTo(script, 'passage', { slug, ...passageParams(id) });
  return kind === 'section'
    ? pathTo(script, 'section', { slug, section: id })
    : pathTo(script, 'quote', { slug, quote: id });
}

/** The path of a card: the article's, or a section's, quotation's or passage's. */
export function cardPath(script: Script, slug: string, kind?: ShareKind, id?: string): string {
  if (kind === 'passage' && id) {
    return pathTo(script, 'passageCard', { slug, ...passageParams(id) });
  }
  if (kind === 'section' && id) return pathTo(script, 'sectionCard', { slug, section: id });
  if (kind === 'quote' && id) return pathTo(script, 'quoteCard', { slug, quote: id });
  return pathTo(script, 'articleCard', { slug });
}

/** Where a share page sends its reader: the place in the article (a passage's marks it). */
export function landingPath(script: Script, slug: string, id: string): string {
  return `${pathTo(script, 'article', { slug })}#${encodeURIComponent(id)}`;
}

/**
 * A passage of `article` by its id (`p8~2-3`), in the article's script, or undefined if the
 * paragraph or the sentences do not exist.
 */
export function findPassage(article: Article, id: string): Passage | undefined {
  const passage = parsePassageHash(id);
  if (!passage) return undefined;
  return passageOf(article.body, passage.block, passage.range.from, passage.range.to);
}

/**
 * An utterance as one quotation in its script's marks: a split utterance's parts (`“A。”` …
 * `“B。”`, or `「A。」` … on a traditional page) read as `“A。B。”`, the attribution between
 * them left out as a quotation collection does. An answer of a Q&A transcript (no marks of its
 * own) is set in quotation marks.
 */
export function asOneQuotation(parts: readonly string[], script: Script = 'zh-hans'): string {
  const { open, close } = quoteMarks(script);
  if (parts.length === 1 && (parts[0] ?? '').startsWith(open)) return parts[0] ?? '';
  const bare = parts.map((p) => p.replace(/^[“「]/, '').replace(/[”」]$/, ''));
  return `${open}${bare.join('')}${close}`;
}

/** Longest `og:description`, in characters. */
const DESCRIPTION_MAX = 120;

/** A text cut to at most `max` characters, with an ellipsis where it was cut (a closing quotation mark is kept). */
export function shorten(text: string, max: number = DESCRIPTION_MAX): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const closer = /^[“「]/.test(text) ? (text.match(/[”」]$/)?.[0] ?? '') : '';
  return `${chars.slice(0, max - (closer ? 2 : 1)).join('')}…${closer}`;
}

/** The section with this id, or undefined. */
export function findSection(article: Article, id: string): SectionView | undefined {
  return article.sections.find((s) => s.id === id);
}

/** The interviewee's utterance with this id, or undefined. */
export function findQuote(article: Article, id: string): QuoteView | undefined {
  return article.quotes.find((q) => q.id === id);
}

/** A section's opening, for its share page and `og:description`. */
export function sectionOpening(section: SectionView): string {
  return shorten(section.opening);
}

/** What a card shows, in the article's script (see components/cards/ShareCard.tsx). */
export type CardContent = {
  kind: 'article' | 'section' | 'quote' | 'passage';
  site: string;
  source: string;
  main: string;
  by: string;
};

/** The card of an article, or of one of its sections, quotations or passages. */
export function cardContent(
  article: Article,
  kind?: ShareKind,
  id?: string,
): CardContent | undefined {
  const site = labelsFor(article.script).siteName;
  const source = `《${article.publication}》${article.issue}`;
  if (!kind) {
    const by = `${article.interviewee.role} ${article.interviewee.name}`;
    return { kind: 'article', site, source, main: article.title, by };
  }
  if (kind === 'section') {
    const section = id === undefined ? undefined : findSection(article, id);
    return section && { kind: 'section', site, source, main: section.heading, by: article.title };
  }
  if (kind === 'passage') {
    const passage = id === undefined ? undefined : findPassage(article, id);
    return (
      passage && {
        kind: 'passage',
        site,
        source,
        main: passage.text,
        by: passageBy(article, passage),
      }
    );
  }
  const quote = id === undefined ? undefined : findQuote(article, id);
  return (
    quote && {
      kind: 'quote',
      site,
      source,
      main: asOneQuotation(quote.parts, article.script),
      by: `——${quote.speaker}，${article.interviewee.role}`,
    }
  );
}

/** The text of a quotation's share page and `og:description`, in `script`'s marks. */
export function quoteDescription(quote: QuoteView, script: Script): string {
  return shorten(asOneQuotation(quote.parts, script), 200);
}

/**
 * Under a passage: whose words they are, if someone's (with their role if they are the
 * interviewee), and the article they are from: `——刘庆峰，科大讯飞董事长《…》`.
 */
export function passageBy(article: Article, passage: Passage): string {
  const { speaker } = passage;
  const role = speaker === article.interviewee.name ? `，${article.interviewee.role}` : '';
  return `${speaker ? `——${speaker}${role}` : ''}《${article.title}》`;
}
