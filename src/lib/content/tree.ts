import type { Heading, Link, Nodes, Paragraph, Parent, PhrasingContent, Root, Table } from 'mdast';
// Types `data.hName`, `data.hProperties` and `data.hChildren`: how a node becomes HTML.
import type {} from 'mdast-util-to-hast';
import type { TurnRole } from '../speech/dialogue';

/*
 * The article model is the Markdown syntax tree (mdast) with what the site adds to it: the
 * nodes below, and annotations on `data`. Each is put there by one plugin (remark-*.ts); the
 * pages read the same tree, and remark-html compiles it (components/article-body.ts).
 */

/**
 * An image alone in its paragraph, with its caption (the image's title, else its alt text);
 * a page may add a link to the figure itself.
 */
export interface Figure extends Parent {
  type: 'figure';
  children: (FigureImage | FigureCaption | Link)[];
}

/** The image of a figure; `width` and `height` come from the file (remark-image-sizes.ts). */
export interface FigureImage extends Parent {
  type: 'figureImage';
  url: string;
  alt: string;
  width?: number;
  height?: number;
  children: [];
}

export interface FigureCaption extends Parent {
  type: 'figureCaption';
  children: PhrasingContent[];
}

/**
 * One part of an utterance (`id`), in reading order (`part`, from 1): the speech finder's mark
 * on the text (remark-utterances.ts). `answer` marks a whole answer of a Q&A transcript.
 */
export interface Utterance extends Parent {
  type: 'utterance';
  id: string;
  part: number;
  speaker: string;
  answer?: true;
  children: PhrasingContent[];
}

/** The speaker's label that opens a turn of a Q&A transcript (`刘庆峰：`). */
export interface TurnLabel extends Parent {
  type: 'turnLabel';
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface Data {
    /** The id a block or heading links to, from the canonical source (remark-ids.ts). */
    id?: string;
  }
  interface ParagraphData {
    /** Whose turn the paragraph is in a Q&A transcript (remark-utterances.ts). */
    turn?: TurnRole;
  }
  interface RootContentMap {
    figure: Figure;
    figureImage: FigureImage;
    figureCaption: FigureCaption;
    utterance: Utterance;
    turnLabel: TurnLabel;
  }
  interface BlockContentMap {
    figure: Figure;
  }
  interface PhrasingContentMap {
    utterance: Utterance;
    turnLabel: TurnLabel;
  }
}

/** A block with an id: what a reader's link lands on. */
export type Block = Paragraph | Figure | Table;

/** The text of a node as a reader reads it: forced line breaks are `\n`, images their alt text. */
export function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'table') {
    return node.children.flatMap((row) => row.children.map(textOf)).join('');
  }
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return '';
}

/** What a reader's link can land on, in reading order: headings and blocks with their ids. */
export type Anchor =
  | { kind: 'heading'; id: string; node: Heading }
  | { kind: 'block'; id: string; node: Block; quoted: boolean };

/**
 * The headings and blocks of a tree in reading order, each with its id (blocks inside block
 * quotes and lists included, `quoted` for one inside a block quote; headings at the top level
 * only). Nodes without an id (not
 * yet given one by remark-ids.ts) are left out, unless `all` (their id is then '').
 */
export function anchorsOf(tree: Root, { all = false }: { all?: boolean } = {}): Anchor[] {
  const out: Anchor[] = [];
  const walk = (node: Nodes, quoted: boolean, top: boolean): void => {
    const id = node.data?.id ?? '';
    // A heading starts a section only at the top of the article; one an editor put inside a
    // block quote or a list is part of it, as typed.
    if (node.type === 'heading') {
      if (top && (id || all)) out.push({ kind: 'heading', id, node });
      return;
    }
    if (node.type === 'paragraph' || node.type === 'figure' || node.type === 'table') {
      if (id || all) out.push({ kind: 'block', id, node, quoted });
      return;
    }
    if ('children' in node) {
      const inside = quoted || node.type === 'blockquote';
      for (const child of node.children) walk(child as Nodes, inside, node.type === 'root');
    }
  };
  walk(tree, false, false);
  return out;
}

/**
 * Whether a block is prose someone may speak in: a paragraph (a list item's too), not a
 * figure or a table, and not in a block quote (an editor's note is never speech).
 */
export function isProse(anchor: Anchor): boolean {
  return anchor.kind === 'block' && anchor.node.type === 'paragraph' && !anchor.quoted;
}

/** A section: its heading's id and text, and the blocks under it. */
export type Section = { id: string; heading: string; blocks: Extract<Anchor, { kind: 'block' }>[] };

/** The lede (blocks before the first heading) and the sections of a tree, by its anchors. */
export function sectionsOf(tree: Root): { lede: Section['blocks']; sections: Section[] } {
  const lede: Section['blocks'] = [];
  const sections: Section[] = [];
  for (const anchor of anchorsOf(tree)) {
    if (anchor.kind === 'heading') {
      sections.push({ id: anchor.id, heading: textOf(anchor.node).trim(), blocks: [] });
    } else (sections.at(-1)?.blocks ?? lede).push(anchor);
  }
  return { lede, sections };
}

/**
 * One utterance as the tree holds it: its id, speaker, the text of each part (quotation marks
 * included) in the tree's script, and the ids of the blocks it stands in.
 */
export type Quote = {
  id: string;
  speaker: string;
  parts: string[];
  blockIds: string[];
  answer?: true;
};

/** The utterances of a tree (remark-utterances.ts), in reading order. */
export function quotesOf(tree: Root): Quote[] {
  const quotes = new Map<string, Quote>();
  for (const anchor of anchorsOf(tree)) {
    const walk = (node: Nodes): void => {
      if (node.type === 'utterance') {
        const quote = quotes.get(node.id) ?? {
          id: node.id,
          speaker: node.speaker,
          parts: [],
          blockIds: [],
          ...(node.answer ? { answer: true as const } : {}),
        };
        quotes.set(node.id, quote);
        quote.parts[node.part - 1] = (quote.parts[node.part - 1] ?? '') + textOf(node);
        if (!quote.blockIds.includes(anchor.id)) quote.blockIds.push(anchor.id);
      } else if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
    };
    if (anchor.kind === 'block') walk(anchor.node);
  }
  return [...quotes.values()];
}
