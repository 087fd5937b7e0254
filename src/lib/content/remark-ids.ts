import { slug } from 'github-slugger';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { anchorsOf, textOf } from './tree';

/** A derived id never takes one already in use: it gets a numeric suffix instead. */
function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 1; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Gives every heading and block (paragraph, figure, table; in block quotes and lists too) its
 * `data.id`, from the canonical (simplified) source and never from displayed text, so that one
 * link works in every script:
 * - a heading is the slug of its text (`## 人工智能发展` → `人工智能发展`, as github-slugger
 *   makes it: lower case, punctuation dropped); a repeat gets `-1`, `-2`; a heading with
 *   nothing left to slug is `section-<n>`, and one shaped like a block id is `s-p3`;
 * - a block is `p<n>`, its 1-based position among the article's blocks, so correcting a typo
 *   changes no id (inserting a block renumbers the ones after it: give a block that must never
 *   move an explicit id);
 * - an id named with `{#id}` (remark-explicit-ids.ts) stays, and no derived id takes it.
 * Run after every plugin that adds or removes blocks.
 */
export const remarkIds: Plugin<[], Root> = () => (tree) => {
  const anchors = anchorsOf(tree, { all: true });
  const taken = new Set(anchors.flatMap((a) => (a.node.data?.id ? [a.node.data.id] : [])));
  let blocks = 0;
  let headings = 0;
  for (const { kind, node } of anchors) {
    let wanted: string;
    if (kind === 'heading') {
      headings += 1;
      const slugged = slug(textOf(node).trim()) || `section-${headings}`;
      wanted = /^p\d+$/.test(slugged) ? `s-${slugged}` : slugged;
    } else {
      blocks += 1;
      wanted = `p${blocks}`;
    }
    if (!node.data?.id) node.data = { ...node.data, id: uniqueId(wanted, taken) };
  }
};
