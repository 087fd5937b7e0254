import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Wrapper } from './body-nodes';

/**
 * Puts each table in a box of its own (`div.table-wrap`), so that a wide table scrolls on a
 * phone instead of the page; the box takes the table's id.
 */
export const remarkTableWrap: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'table', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const { id, ...data } = node.data ?? {};
    node.data = data;
    const box: Wrapper = {
      type: 'wrapper',
      children: [node],
      data: { ...(id ? { id } : {}), hName: 'div', hProperties: { className: ['table-wrap'] } },
    };
    parent.children[index] = box;
    return SKIP;
  });
};
