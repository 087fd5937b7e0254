import type { Link, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type {} from './body-nodes';

/**
 * Gives each block with an id (paragraph, figure, a table's box) that id in HTML and a link to
 * itself at its end, named `label` for assistive technology: a pilcrow drawn by CSS, so copied
 * text stays clean. Headings get theirs in their row (remark-sections.ts).
 */
export const remarkSelfLinks: Plugin<[string], Root> = (label) => (tree) => {
  visit(tree, (node) => {
    const id = node.data?.id;
    const block = node.type === 'paragraph' || node.type === 'figure' || node.type === 'wrapper';
    if (!id || !block) return;
    const link: Link = {
      type: 'link',
      url: `#${id}`,
      children: [],
      data: { hProperties: { className: ['para-link'], ariaLabel: label } },
    };
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    node.children.push(link);
    return 'skip';
  });
};
