import type { Image, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { TurnRole } from '../speech/dialogue';

/*
 * The article's blocks, read from the Markdown tree (markdown.ts): paragraphs of runs (text
 * with its marks), figures, tables and the block quotes and lists they stand in, before ids
 * are given (parse.ts) and utterances are marked (utterances.ts).
 */

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

/** `{#id}` at the end of a heading or paragraph names its id explicitly. */
const EXPLICIT_ID = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;

/** Link targets a reader may follow; anything else (javascript:, data:, …) loses its link. */
const SAFE_HREF = /^(?:https?:|mailto:|#|\/(?!\/))/i;

/** The plain text of a paragraph. */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.runs.map((r) => r.text).join('');
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
export type Block = { kind: 'heading' | 'paragraph'; explicit?: string } & Omit<Paragraph, 'id'>;

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
export function blocksOf(tree: Root): Block[] {
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
