import type { InlineCode, Nodes, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** The nodes whose text is read as one: a phrase across emphasis keeps its context. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'figureCaption']);

/** The text and code leaves of a node, in reading order; a forced line break as a `\n` string. */
function leavesOf(node: Nodes, out: (Text | InlineCode | '\n')[]): void {
  if (node.type === 'text' || node.type === 'inlineCode') out.push(node);
  else if (node.type === 'break') out.push('\n');
  else if ('children' in node) for (const child of node.children) leavesOf(child as Nodes, out);
}

/**
 * Converts a block's leaves as one text, then cuts it back into them. OpenCC's conversions
 * map character for character; should one ever change the length, each leaf is converted on
 * its own instead.
 */
function convertLeaves(leaves: (Text | InlineCode | '\n')[], convert: (t: string) => string) {
  const value = (leaf: Text | InlineCode | '\n') => (leaf === '\n' ? leaf : leaf.value);
  const text = leaves.map(value).join('');
  const whole = convert(text);
  let at = 0;
  for (const leaf of leaves) {
    const length = value(leaf).length;
    if (leaf !== '\n') {
      leaf.value =
        whole.length === text.length ? whole.slice(at, at + length) : convert(leaf.value);
    }
    at += length;
  }
}

/**
 * The text of the tree in another script: each paragraph, heading, table cell and caption is
 * converted as one text by `convert` (text/convert.ts), and so is each figure's alt text. Ids,
 * link targets and image sources stay as they are: they come from the canonical source.
 */
export const remarkScript: Plugin<[(text: string) => string], Root> = (convert) => (tree) => {
  visit(tree, (node) => {
    if (node.type === 'figureImage') node.alt = convert(node.alt);
    if (!TEXT_BLOCKS.has(node.type)) return;
    const leaves: (Text | InlineCode | '\n')[] = [];
    leavesOf(node as Nodes, leaves);
    convertLeaves(leaves, convert);
    return 'skip';
  });
};
