import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Every list is printed loose, so that its items' paragraphs stay `<p>`s, each with its id and
 * its link (a tight list would print their text bare in the `<li>`).
 */
export const remarkLooseLists: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'list', (node) => {
    node.spread = true;
  });
};
