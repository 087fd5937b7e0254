import { slug } from 'github-slugger';
import type { Image, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { TurnRole } from '../speech/dialogue';
import type { Part } from '../speech/quotes';
import { findSpeech } from '../speech/speech';
import { parseMarkdown } from './markdown';

/** How a stretch of text is set: emphasis, strong, struck through, code, or a link. */
export type Marks = { em?: true; strong?: true; del?: true; code?: true; href?: string };

/** Where a run stands in an utterance: its id and which part (1-based), marks included. */
export type QuotePart = { id: string; part: number };

/**
 * A stretch of a paragraph with one set of marks, the utterance part it belongs to, if any, and
 * whether it is a dialogue turn's speaker label (`刘庆峰：`).
 */
export type Run = { text: string; marks?: Marks; quote?: QuotePart; label?: true };

/**
 * A block a paragraph stands in, outermost first: a block quote (an editor's note, a profile)
 * or a list. `group` tells neighbouring blocks apart; in a list, `item` is the item's index and
 * `start` the first number of an ordered list that does not start at 1.
 */
export type Frame = {
  kind: 'blockquote' | 'ol' | 'ul';
  group: number;
  item?: number;
  start?: number;
};

/**
 * An image standing alone in its paragraph (`![图注](/images/x.jpg "标题")`): its source and
 * alt text; the paragraph's runs are its caption (the title, else the alt text). `width` and
 * `height` are read from the file when the article is built (see images.ts).
 */
export type Figure = { src: string; alt: string; width?: number; height?: number };

/** A GFM table: each column's alignment, and its rows of cells (runs); the first row is the head. */
export type Table = { align: ('left' | 'right' | 'center' | null)[]; rows: Run[][][] };

/**
 * A paragraph; `turn` says whose turn it is when the article is printed as questions and
 * answers. A figure or a table is a paragraph too (same ids, links and conversion), and so is
 * each paragraph of a block quote or list item (`frames`). `breakBefore` marks a section break
 * (`***`) before it.
 */
export type Paragraph = {
  id: string;
  runs: Run[];
  turn?: TurnRole;
  frames?: Frame[];
  figure?: Figure;
  table?: Table;
  breakBefore?: true;
};

/**
 * Whether a paragraph is prose someone may speak in: not a figure or a table, and not in a block
 * quote (an editor's note is never speech). List items are prose.
 */
export function isProse(paragraph: Paragraph): boolean {
  return (
    !paragraph.figure &&
    !paragraph.table &&
    !paragraph.frames?.some((frame) => frame.kind === 'blockquote')
  );
}

export type Section = { id: string; heading: string; paragraphs: Paragraph[] };

/**
 * One utterance of a named speaker. Its text is not copied here: it is the runs of the
 * paragraphs `paragraphIds` marked with `id` (see `utteranceParts`), so it converts with them.
 * `answer` marks a whole answer in a Q&A transcript.
 */
export type Quote = { id: string; speaker: string; paragraphIds: string[]; answer?: true };

/** An article's body, parsed: what comes before the first heading, the sections, the utterances. */
export type ParsedArticle = { lede: Paragraph[]; sections: Section[]; quotes: Quote[] };

/** Options for `parseArticle`. */
export type ParseOptions = {
  /** People whose words are attributed, the interviewee first (default: none, so no quotes). */
  people?: readonly string[];
  /** The reporter's name, for the labels of a Q&A transcript. */
  reporter?: string;
  /** The publication's name, for the labels of a Q&A transcript (`《南方周刊》：`). */
  publication?: string;
};

/** `{#id}` at the end of a heading or paragraph names its id explicitly. */
const EXPLICIT_ID = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;

/** Link targets a reader may follow; anything else (javascript:, data:, …) loses its link. */
const SAFE_HREF = /^(?:https?:|mailto:|#|\/(?!\/))/i;

/** The plain text of a paragraph. */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.runs.map((r) => r.text).join('');
}

/** The text of each part of utterance `id` in `paragraph`, quotation marks included. */
export function utteranceParts(paragraph: Paragraph, id: string): string[] {
  const parts: string[] = [];
  for (const run of paragraph.runs) {
    if (run.quote?.id !== id) continue;
    const index = run.quote.part - 1;
    parts[index] = (parts[index] ?? '') + run.text;
  }
  return parts;
}

/** The element id of one part of an utterance: the utterance id, then `-2`, `-3` for later parts. */
export function partId(quote: QuotePart): string {
  return quote.part === 1 ? quote.id : `${quote.id}-${quote.part}`;
}

type Span = { start: number; end: number; quote?: QuotePart; label?: true };

/** Cuts runs at the span edges and marks the runs inside each span as the span says. */
function markSpans(runs: Run[], spans: Span[]): Run[] {
  if (spans.length === 0) return runs;
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const cuts = new Set([0, run.text.length]);
    for (const span of spans) {
      for (const edge of [span.start - at, span.end - at]) {
        if (edge > 0 && edge < run.text.length) cuts.add(edge);
      }
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const from = sorted[i] as number;
      const to = sorted[i + 1] as number;
      const span = spans.find((s) => at + from >= s.start && at + to <= s.end);
      out.push({
        ...run,
        text: run.text.slice(from, to),
        ...(span?.quote ? { quote: span.quote } : {}),
        ...(span?.label ? { label: true as const } : {}),
      });
    }
    at += run.text.length;
  }
  return out;
}

function flatten(nodes: PhrasingContent[], marks: Marks, out: Run[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ text: node.value, ...(Object.keys(marks).length ? { marks } : {}) });
        break;
      case 'inlineCode':
        out.push({ text: node.value, marks: { ...marks, code: true } });
        break;
      case 'break':
        out.push({ text: '\n', ...(Object.keys(marks).length ? { marks } : {}) });
        break;
      case 'emphasis':
        flatten(node.children, { ...marks, em: true }, out);
        break;
      case 'strong':
        flatten(node.children, { ...marks, strong: true }, out);
        break;
      case 'delete':
        flatten(node.children, { ...marks, del: true }, out);
        break;
      case 'link': {
        const safe = SAFE_HREF.test(node.url.trim());
        flatten(node.children, safe ? { ...marks, href: node.url.trim() } : marks, out);
        break;
      }
      case 'image':
        if (node.alt) out.push({ text: node.alt });
        break;
      // Raw HTML is never rendered: a tag in content is dropped, its text (if any) stays text.
      case 'html':
      default:
        break;
    }
  }
}

/** Joins neighbouring runs that are set alike, so text is never split without reason. */
function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (
      last &&
      JSON.stringify(last.marks) === JSON.stringify(run.marks) &&
      last.quote === run.quote &&
      last.label === run.label
    ) {
      last.text += run.text;
    } else if (run.text !== '') {
      out.push({ ...run });
    }
  }
  return out;
}

/** Strips a trailing `{#id}` from the last run, returning the id if there was one. */
function takeExplicitId(runs: Run[]): string | undefined {
  const last = runs.at(-1);
  const match = last?.text.match(EXPLICIT_ID);
  if (!last || !match) return undefined;
  last.text = last.text.slice(0, match.index);
  return match[1];
}

/** A block of the article before ids are given: a heading or a paragraph (of any kind). */
type Block = { kind: 'heading' | 'paragraph'; explicit?: string } & Omit<Paragraph, 'id'>;

/** The image of a paragraph that holds one image and nothing else but white space or `{#id}`. */
function loneImage(node: MdParagraph): Image | undefined {
  const images = node.children.filter((child) => child.type === 'image');
  const rest = node.children.filter((child) => child.type !== 'image');
  const bare = rest.every(
    (child) => child.type === 'text' && (child.value.trim() === '' || EXPLICIT_ID.test(child.value)),
  );
  return images.length === 1 && bare ? images[0] : undefined;
}

function runsOf(nodes: PhrasingContent[]): { runs: Run[]; explicit?: string } {
  const runs: Run[] = [];
  flatten(nodes, {}, runs);
  const explicit = takeExplicitId(runs);
  return { runs: merge(runs), ...(explicit ? { explicit } : {}) };
}

/**
 * The article's blocks in reading order. Block quotes and lists open up into their paragraphs,
 * each remembering its frames; an image alone in a paragraph is a figure; a table is one block;
 * a thematic break marks the paragraph after it. Raw HTML, definitions and footnotes are dropped.
 */
function blocksOf(tree: Root): Block[] {
  const blocks: Block[] = [];
  let groups = 0;
  let pendingBreak = false;
  const push = (block: Block, frames: Frame[]) => {
    if (frames.length > 0) block.frames = frames;
    if (pendingBreak && block.kind === 'paragraph' && blocks.length > 0) block.breakBefore = true;
    pendingBreak = false;
    blocks.push(block);
  };
  const walk = (node: RootContent, frames: Frame[]): void => {
    switch (node.type) {
      case 'heading':
        push({ kind: 'heading', ...runsOf(node.children) }, []);
        break;
      case 'paragraph': {
        const image = loneImage(node);
        if (image) {
          const caption = (image.title ?? '').trim() || image.alt?.trim() || '';
          const explicit = runsOf(node.children.filter((c) => c.type !== 'image')).explicit;
          const figure: Figure = { src: image.url.trim(), alt: image.alt?.trim() ?? '' };
          const runs = caption ? [{ text: caption }] : [];
          push({ kind: 'paragraph', runs, figure, ...(explicit ? { explicit } : {}) }, frames);
          break;
        }
        const block = runsOf(node.children);
        if (block.runs.every((r) => r.text.trim() === '')) break;
        push({ kind: 'paragraph', ...block }, frames);
        break;
      }
      case 'code':
        push({ kind: 'paragraph', runs: [{ text: node.value, marks: { code: true } }] }, frames);
        break;
      case 'blockquote': {
        const frame: Frame = { kind: 'blockquote', group: ++groups };
        for (const child of node.children) walk(child, [...frames, frame]);
        break;
      }
      case 'list': {
        const group = ++groups;
        const kind = node.ordered ? 'ol' : 'ul';
        const start = node.ordered && typeof node.start === 'number' && node.start !== 1;
        node.children.forEach((item, i) => {
          const frame: Frame = { kind, group, item: i, ...(start ? { start: node.start! } : {}) };
          for (const child of item.children) walk(child, [...frames, frame]);
        });
        break;
      }
      case 'table': {
        const rows = node.children.map((row) => row.children.map((cell) => runsOf(cell.children).runs));
        if (rows.every((row) => row.every((cell) => cell.length === 0))) break;
        push({ kind: 'paragraph', runs: [], table: { align: node.align ?? [], rows } }, frames);
        break;
      }
      case 'thematicBreak':
        pendingBreak = true;
        break;
      default:
        break;
    }
  };
  for (const node of tree.children) walk(node, []);
  return blocks;
}

/** A derived id never takes one already in use: it gets a numeric suffix instead. */
function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 1; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Marks the utterances of `people` (the interviewee first) in the paragraphs, found by the
 * speech room in their plain texts (speech/speech.ts): each turn of a Q&A transcript is set as
 * dialogue with its label, and each utterance of the interviewee gets an id and its runs.
 * Words of someone the article does not name are not marked. An utterance's id is
 * `<paragraph id>-q<n>`, its first paragraph's id and n counting the utterances that start in
 * that paragraph, so it is as stable as that paragraph's id.
 */
function markQuotes(
  paragraphs: Paragraph[],
  sectionStarts: ReadonlySet<number>,
  options: ParseOptions,
): Quote[] {
  // Figures, tables and block quotes (editors' notes) are nobody's speech and nobody's turn.
  const texts = paragraphs.map((p) => (isProse(p) ? paragraphText(p) : null));
  const { turns, utterances } = findSpeech(texts, sectionStarts, {
    people: options.people ?? [],
    ...(options.reporter ? { reporter: options.reporter } : {}),
    ...(options.publication ? { publication: options.publication } : {}),
  });
  const spans: Span[][] = paragraphs.map(() => []);
  turns.forEach((turn, i) => {
    if (!turn) return;
    (paragraphs[i] as Paragraph).turn = turn.role;
    if (turn.label > 0) spans[i]?.push({ start: 0, end: turn.label, label: true });
  });
  const counts = new Map<number, number>();
  const quotes = utterances.map((u): Quote => {
    const first = (u.parts[0] as Part).paragraph;
    const n = (counts.get(first) ?? 0) + 1;
    counts.set(first, n);
    const id = `${(paragraphs[first] as Paragraph).id}-q${n}`;
    u.parts.forEach((p, k) => spans[p.paragraph]?.push({ ...p, quote: { id, part: k + 1 } }));
    const paragraphIds = [
      ...new Set(u.parts.map((p) => (paragraphs[p.paragraph] as Paragraph).id)),
    ];
    return { id, speaker: u.speaker, paragraphIds, ...(u.answer ? { answer: true } : {}) };
  });
  paragraphs.forEach((p, i) => (p.runs = markSpans(p.runs, spans[i] ?? [])));
  return quotes;
}

/**
 * Parses an article's Markdown body (canonical, simplified script) into its lede and sections,
 * each paragraph and section with an id that links to it in either script.
 *
 * Id scheme, all taken from the canonical source and never from displayed text:
 * - a section is the slug of its simplified heading (`## 人工智能发展` → `人工智能发展`, as
 *   github-slugger makes it: lower case, punctuation dropped); a repeat gets `-1`, `-2`, and a
 *   heading with nothing left to slug is `section-<n>`;
 * - a paragraph is `p<n>`, its 1-based position in the article, so correcting a typo in it
 *   changes no id (inserting a paragraph renumbers the ones after it: give a paragraph that
 *   must never move an explicit id);
 * - `{#id}` at the end of a heading or paragraph sets its id; explicit ids are reserved first.
 *
 * - an utterance is `<paragraph id>-q<n>` (see `markQuotes`); a later part of a split
 *   utterance is `<utterance id>-<part>` on the page.
 *
 * Every heading starts a section, whatever its depth. Markdown is read as Chinese editors type
 * it (see markdown.ts). Block quotes, lists, tables and figures keep their shape (see
 * `Paragraph`); an image inside running text becomes its alt text. Raw HTML is dropped, unsafe
 * link targets lose their link. An empty body gives an empty article.
 */
export function parseArticle(markdown: string, options: ParseOptions = {}): ParsedArticle {
  const blocks = blocksOf(parseMarkdown(markdown));
  const taken = new Set(blocks.flatMap((b) => (b.explicit ? [b.explicit] : [])));
  const article: ParsedArticle = { lede: [], sections: [], quotes: [] };
  let count = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const heading = block.runs
        .map((r) => r.text)
        .join('')
        .trim();
      const slugged = slug(heading) || `section-${article.sections.length + 1}`;
      // A heading never takes the shape of a paragraph id (`## P3` is `s-p3`).
      const wanted = /^p\d+$/.test(slugged) ? `s-${slugged}` : slugged;
      const id = block.explicit ?? uniqueId(wanted, taken);
      article.sections.push({ id, heading, paragraphs: [] });
    } else {
      count += 1;
      const { runs, frames, figure, table, breakBefore } = block;
      const id = block.explicit ?? uniqueId(`p${count}`, taken);
      const paragraph: Paragraph = { id, runs };
      if (frames) paragraph.frames = frames;
      if (figure) paragraph.figure = figure;
      if (table) paragraph.table = table;
      if (breakBefore) paragraph.breakBefore = breakBefore;
      (article.sections.at(-1)?.paragraphs ?? article.lede).push(paragraph);
    }
  }
  const paragraphs = [...article.lede, ...article.sections.flatMap((s) => s.paragraphs)];
  const sectionStarts = new Set<number>();
  let at = article.lede.length;
  for (const section of article.sections) {
    sectionStarts.add(at);
    at += section.paragraphs.length;
  }
  article.quotes = markQuotes(paragraphs, sectionStarts, options);
  return article;
}
