import type { Nodes, Paragraph, Root } from 'mdast';
import { sentenceSpans } from '../text/sentences';
import { anchorsOf, textOf } from './tree';

/**
 * Passages: whole sentences of one paragraph, what a reader selects and shares (at most three:
 * lib/web/passages.ts).
 * A paragraph's sentences are those of its text (text/sentences.ts) without the speaker's label
 * that opens a Q&A turn, as the page shows it (the label is set apart in bold); the page's
 * reader code reads the same text from the page and finds the same sentences.
 */

/** One stretch of a paragraph's text, and whose words it is if an utterance holds it. */
type Run = { text: string; speaker?: string };

/** A paragraph's text in runs, without its turn label; an utterance's runs carry its speaker. */
function runsOf(paragraph: Paragraph): Run[] {
  const runs: Run[] = [];
  const walk = (node: Nodes, speaker?: string): void => {
    if (node.type === 'turnLabel') return;
    if (node.type === 'utterance') {
      for (const child of node.children) walk(child, node.speaker);
      return;
    }
    if ('children' in node) {
      for (const child of node.children) walk(child as Nodes, speaker);
      return;
    }
    runs.push({ text: textOf(node), ...(speaker ? { speaker } : {}) });
  };
  walk(paragraph);
  return runs;
}

/** The paragraphs of a tree that have an id, by id. */
function paragraphsOf(tree: Root): Map<string, Paragraph> {
  const out = new Map<string, Paragraph>();
  for (const anchor of anchorsOf(tree)) {
    if (anchor.kind === 'block' && anchor.node.type === 'paragraph') out.set(anchor.id, anchor.node);
  }
  return out;
}

/** How many sentences each paragraph with text has, by its id (for the build's manifest). */
export function sentenceCounts(tree: Root): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [id, paragraph] of paragraphsOf(tree)) {
    const count = sentenceSpans(runsOf(paragraph).map((r) => r.text).join('')).length;
    if (count > 0) counts[id] = count;
  }
  return counts;
}

/** A passage as a page shows it: its sentences' text, and the speaker if they are all theirs. */
export type Passage = { text: string; speaker?: string };

/**
 * Sentences `from` to `to` (counted from 1) of paragraph `block` in `tree` (in the tree's
 * script), or undefined if the paragraph or any of those sentences does not exist. The passage
 * is someone's words when every character of it but space and punctuation stands in utterances
 * of that one speaker.
 */
export function passageOf(tree: Root, block: string, from: number, to: number): Passage | undefined {
  const paragraph = paragraphsOf(tree).get(block);
  if (!paragraph || from < 1 || to < from) return undefined;
  const runs = runsOf(paragraph);
  const text = runs.map((r) => r.text).join('');
  const spans = sentenceSpans(text);
  const first = spans[from - 1];
  const last = spans[to - 1];
  if (!first || !last) return undefined;
  const speakers = new Set<string | undefined>();
  let at = 0;
  for (const run of runs) {
    const start = Math.max(at, first.start);
    const end = Math.min(at + run.text.length, last.end);
    if (start < end && /[^\s\p{P}]/u.test(text.slice(start, end))) speakers.add(run.speaker);
    at += run.text.length;
  }
  const [speaker] = speakers;
  return {
    text: text.slice(first.start, last.end),
    ...(speakers.size === 1 && speaker ? { speaker } : {}),
  };
}
