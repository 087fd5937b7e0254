import { sentenceSpans, type SentenceSpan } from '@/lib/text/sentences';
import {
  formatRange,
  PASSAGE_MAX,
  parsePassageHash,
  passageHash,
  type SentenceRange,
} from '@/lib/web/passages';

/*
 * Passages in the browser: the sentences of a paragraph as the page shows them, a reader's
 * selection read as whole sentences, and the marks that show a shared passage. A paragraph's
 * text here is its text on the page without the speaker's label of a Q&A turn and the
 * paragraph's own link, which is the text the server counts sentences in
 * (lib/content/passages.ts): the same sentences, at the same indexes, in every script.
 */

/** The paragraphs of the article a passage may come from. */
export const PASSAGE_BLOCKS = 'article p[id]';

/** What a paragraph's text leaves out. */
const SKIP = 'b.turn-label, .para-link, button';

/** A text node of a paragraph, and where its text starts in the paragraph's. */
type Piece = { node: Text; start: number };

/** A paragraph's text and the text nodes it is made of. */
export type BlockText = { text: string; pieces: Piece[] };

export function blockText(block: Element): BlockText {
  const pieces: Piece[] = [];
  let text = '';
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const skipped = node.parentElement?.closest(SKIP);
    if (skipped && block.contains(skipped)) continue;
    pieces.push({ node: node as Text, start: text.length });
    text += (node as Text).data;
  }
  return { text, pieces };
}

/** The offset in a paragraph's text of a boundary point (a selection's start or end). */
function offsetAt({ text, pieces }: BlockText, container: Node, offset: number): number {
  const piece = pieces.find((p) => p.node === container);
  if (piece) return piece.start + offset;
  const point = document.createRange();
  point.setStart(container, offset);
  const after = pieces.find((p) => point.comparePoint(p.node, 0) >= 0);
  return after ? after.start : text.length;
}

/** The text node and offset in it at an offset of a paragraph's text. */
function pointAt({ pieces }: BlockText, offset: number, isEnd: boolean): [Text, number] {
  const fits = (p: Piece) =>
    isEnd
      ? offset > p.start && offset <= p.start + p.node.length
      : offset >= p.start && offset < p.start + p.node.length;
  const piece = pieces.find(fits) ?? (pieces.at(-1) as Piece);
  return [piece.node, Math.min(offset - piece.start, piece.node.length)];
}

/** A paragraph and sentences of it. */
export type Passage = { block: Element; range: SentenceRange };

/** The paragraph of the article a node is in, if any. */
const blockOf = (node: Node): Element | null =>
  (node instanceof Element ? node : node.parentElement)?.closest(PASSAGE_BLOCKS) ?? null;

/**
 * The whole sentences a selection touches, if it lies within one paragraph of the article and
 * touches at most `PASSAGE_MAX` sentences; else undefined (nothing is offered).
 */
export function selectedPassage(selection: Selection | null): Passage | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const block = blockOf(range.startContainer);
  if (!block || block !== blockOf(range.endContainer)) return undefined;
  const text = blockText(block);
  const start = offsetAt(text, range.startContainer, range.startOffset);
  const end = offsetAt(text, range.endContainer, range.endOffset);
  const spans = sentenceSpans(text.text);
  const first = spans.findIndex((s) => s.end > start);
  let last = -1;
  spans.forEach((s, i) => {
    if (s.start < end) last = i;
  });
  if (first < 0 || last < first || last - first + 1 > PASSAGE_MAX) return undefined;
  return { block, range: { from: first + 1, to: last + 1 } };
}

/** The sentences of a passage, or undefined if the paragraph has fewer. */
function spansOf(
  text: BlockText,
  { from, to }: SentenceRange,
): [SentenceSpan, SentenceSpan] | undefined {
  const spans = sentenceSpans(text.text);
  const first = spans[from - 1];
  const last = spans[to - 1];
  return first && last ? [first, last] : undefined;
}

/** How many sentences a paragraph has. */
export function sentenceCount(block: Element): number {
  return sentenceSpans(blockText(block).text).length;
}

/** Selects a passage's sentences whole. */
export function selectPassage(selection: Selection, { block, range }: Passage): void {
  const text = blockText(block);
  const spans = spansOf(text, range);
  if (!spans) return;
  const [startNode, startOffset] = pointAt(text, spans[0].start, false);
  const [endNode, endOffset] = pointAt(text, spans[1].end, true);
  selection.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
}

/** Whether a selection is exactly a passage's sentences. */
export function isSelected(selection: Selection, passage: Passage): boolean {
  const selected = selectedPassage(selection);
  if (!selected || selected.block !== passage.block) return false;
  const text = blockText(passage.block);
  const spans = spansOf(text, passage.range);
  const range = selection.getRangeAt(0);
  return (
    spans !== undefined &&
    offsetAt(text, range.startContainer, range.startOffset) === spans[0].start &&
    offsetAt(text, range.endContainer, range.endOffset) === spans[1].end
  );
}

/** Takes away the marks of a shared passage. */
export function clearMarks(): void {
  for (const mark of document.querySelectorAll('mark.passage')) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}

/** Marks a passage's sentences (`<mark class="passage">`), and returns the first mark. */
export function markPassage({ block, range }: Passage): HTMLElement | undefined {
  clearMarks();
  const text = blockText(block);
  const spans = spansOf(text, range);
  if (!spans) return undefined;
  const [from, to] = [spans[0].start, spans[1].end];
  const marks: HTMLElement[] = [];
  for (const piece of text.pieces) {
    const start = Math.max(from, piece.start) - piece.start;
    const end = Math.min(to, piece.start + piece.node.length) - piece.start;
    if (start >= end || piece.node.data.slice(start, end).trim() === '') continue;
    const part = document.createRange();
    part.setStart(piece.node, start);
    part.setEnd(piece.node, end);
    const mark = document.createElement('mark');
    mark.className = 'passage';
    part.surroundContents(mark);
    marks.push(mark);
  }
  return marks[0];
}

/** The passage a hash (`#p8~2-3`, as `location.hash` has it) marks, if its paragraph is here. */
export function passageInHash(hash: string): Passage | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  const parsed = parsePassageHash(decoded);
  const block = parsed && document.getElementById(parsed.block);
  if (!parsed || !block || !block.matches(PASSAGE_BLOCKS)) return undefined;
  return { block, range: parsed.range };
}

/** A passage's share page (lib/web/share.ts), absolute, from the article it is in. */
export function passageLink({ block, range }: Passage): string {
  const article = location.pathname.replace(/\/+$/, '');
  return `${location.origin}${article}/p/${encodeURIComponent(block.id)}/${formatRange(range)}`;
}

/** The hash that marks a passage in the article. */
export function passageHashOf({ block, range }: Passage): string {
  return passageHash(block.id, range);
}
