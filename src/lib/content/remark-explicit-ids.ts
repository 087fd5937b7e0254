import type { Heading, Nodes, Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** `{#id}` at the end of a heading or paragraph names its id explicitly. */
const EXPLICIT_ID = /\s*\{#([A-Za-z][\w-]*)\}\s*$/;

/** The last text node of a heading or paragraph, where an editor writes `{#id}`. */
function lastText(node: Nodes): Extract<Nodes, { type: 'text' }> | undefined {
  if (node.type === 'text') return node;
  if (!('children' in node)) return undefined;
  const last = node.children.at(-1);
  return last ? lastText(last as Nodes) : undefined;
}

/**
 * `{#id}` at the end of a heading or paragraph (`## 缘起 {#origin}`) becomes its `data.id` and
 * leaves the text. Ids named this way are the article's own, reserved before any is derived
 * (remark-ids.ts); an id must start with a Latin letter.
 */
export const remarkExplicitIds: Plugin<[], Root> = () => (tree) => {
  visit(tree, ['heading', 'paragraph'], (node) => {
    const block = node as Heading | Paragraph;
    const text = lastText(block);
    const match = text?.value.match(EXPLICIT_ID);
    if (!text || !match) return;
    text.value = text.value.slice(0, match.index);
    block.data = { ...block.data, id: match[1] as string };
  });
};
