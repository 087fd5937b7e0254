import type { Paragraph, Parent, PhrasingContent, Root } from 'mdast';
import type { Plugin } from 'unified';
import { findSpeech, type Speakers } from '../speech/speech';
import { anchorsOf, isProse, textOf, type TurnLabel, type Utterance } from './tree';

/** What one stretch of a paragraph's text becomes: a part of an utterance, or a turn's label. */
type Mark = { start: number; end: number; wrap: (children: PhrasingContent[]) => PhrasingContent };

/** A leaf of phrasing content with the marks (emphasis, link …) it stands in, outermost first. */
type Piece = { leaf: PhrasingContent; path: Parent[]; at: number; mark?: Mark };

function piecesOf(nodes: PhrasingContent[], path: Parent[], out: Piece[], at: number): number {
  for (const node of nodes) {
    if ('children' in node && node.children.length > 0) {
      at = piecesOf(node.children, [...path, node], out, at);
    } else {
      out.push({ leaf: node, path, at });
      at += textOf(node).length;
    }
  }
  return at;
}

/** The pieces with text cut at every edge of a mark, each piece knowing its mark. */
function cutAt(pieces: Piece[], marks: Mark[]): Piece[] {
  return pieces.flatMap((piece) => {
    const { leaf } = piece;
    const length = textOf(leaf).length;
    const edges = [
      ...new Set([0, length, ...marks.flatMap((m) => [m.start - piece.at, m.end - piece.at])]),
    ]
      .filter((edge) => edge >= 0 && edge <= length)
      .sort((a, b) => a - b);
    const cut = (from: number, to: number): PhrasingContent =>
      leaf.type === 'text' || leaf.type === 'inlineCode'
        ? { ...leaf, value: leaf.value.slice(from, to) }
        : leaf;
    // A leaf with no text (an empty link) shows nothing and is dropped.
    return edges.slice(0, -1).map((from, i): Piece => {
      const to = edges[i + 1] as number;
      const [start, end] = [piece.at + from, piece.at + to];
      const mark = marks.find((m) => start >= m.start && end <= m.end);
      return { leaf: cut(from, to), path: piece.path, at: start, ...(mark ? { mark } : {}) };
    });
  });
}

/** Pieces put back into their marks: neighbours in the same emphasis, link … share it again. */
function nest(pieces: Piece[], depth: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let i = 0; i < pieces.length; ) {
    const parent = (pieces[i] as Piece).path[depth];
    if (!parent) {
      out.push((pieces[i] as Piece).leaf);
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < pieces.length && pieces[end]?.path[depth] === parent) end++;
    out.push({ ...parent, children: nest(pieces.slice(i, end), depth + 1) } as PhrasingContent);
    i = end;
  }
  return out;
}

/** Wraps each mark's stretch of a paragraph's text, cutting through emphasis and links. */
function wrapMarks(paragraph: Paragraph, marks: Mark[]): void {
  if (marks.length === 0) return;
  const pieces: Piece[] = [];
  piecesOf(paragraph.children, [], pieces, 0);
  const cut = cutAt(pieces, marks);
  const children: PhrasingContent[] = [];
  for (let i = 0; i < cut.length; ) {
    const { mark } = cut[i] as Piece;
    let end = i + 1;
    while (end < cut.length && cut[end]?.mark === mark) end++;
    const inner = nest(cut.slice(i, end), 0);
    children.push(...(mark ? [mark.wrap(inner)] : inner));
    i = end;
  }
  paragraph.children = children;
}

/** The element id of one part of an utterance: the utterance id, then `-2`, `-3` for later parts. */
function partId(id: string, part: number): string {
  return part === 1 ? id : `${id}-${part}`;
}

/**
 * Marks the dialogue and the interviewee's words, as the speech room finds them in the
 * blocks' plain texts (speech/speech.ts; figures, tables and block quotes are nobody's
 * speech): each turn of a Q&A transcript gets `data.turn` (`question`, `answer`, `remark`) and
 * its speaker's label a `turnLabel` node (set in bold, without the editor's emphasis); each
 * part of an utterance of the interviewee is an `utterance` node, cut through emphasis and
 * links where it must. An utterance's id is `<block id>-q<n>`, its first block's id and n
 * counting the utterances that start there, so it is as stable as that block's id; a later
 * part's element id is `<id>-2`, `-3`. Run after remark-ids.ts.
 */
export const remarkUtterances: Plugin<[Speakers], Root> = (speakers) => (tree) => {
  const anchors = anchorsOf(tree);
  const blocks = anchors.flatMap((a) => (a.kind === 'block' ? [a] : []));
  const sectionStarts = new Set<number>();
  let seen = 0;
  for (const anchor of anchors) {
    if (anchor.kind === 'heading') sectionStarts.add(seen);
    else seen += 1;
  }
  const texts = blocks.map((b) => (isProse(b) ? textOf(b.node) : null));
  const { turns, utterances } = findSpeech(texts, sectionStarts, speakers);
  const marks: Mark[][] = blocks.map(() => []);
  turns.forEach((turn, i) => {
    const node = blocks[i]?.node;
    if (!turn || node?.type !== 'paragraph') return;
    node.data = {
      ...node.data,
      turn: turn.role,
      hProperties: { ...node.data?.hProperties, className: [`turn-${turn.role}`] },
    };
    if (turn.label === 0) return;
    const text = textOf(node).slice(0, turn.label);
    marks[i]?.push({
      start: 0,
      end: turn.label,
      wrap: (): TurnLabel => ({
        type: 'turnLabel',
        children: [{ type: 'text', value: text }],
        data: { hName: 'b', hProperties: { className: ['turn-label'] } },
      }),
    });
  });
  const counts = new Map<number, number>();
  for (const u of utterances) {
    const first = u.parts[0]?.paragraph ?? 0;
    const n = (counts.get(first) ?? 0) + 1;
    counts.set(first, n);
    const id = `${blocks[first]?.id}-q${n}`;
    u.parts.forEach((p, k) => {
      marks[p.paragraph]?.push({
        start: p.start,
        end: p.end,
        wrap: (children): Utterance => ({
          type: 'utterance',
          id,
          part: k + 1,
          speaker: u.speaker,
          ...(u.answer ? { answer: true as const } : {}),
          children,
          data: {
            hName: 'span',
            hProperties: { className: ['utterance'], id: partId(id, k + 1) },
          },
        }),
      });
    });
  }
  blocks.forEach((block, i) => {
    if (block.node.type === 'paragraph') wrapMarks(block.node, marks[i] ?? []);
  });
};
