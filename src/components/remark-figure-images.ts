import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { IMAGE_SIZES, imageSources } from '@/lib/web/images';

/**
 * Each figure's image as the page loads it: width and height reserve its place, Next's
 * optimiser serves the width the screen needs (`srcset`), and it loads lazily unless it opens
 * the article (the first thing in the tree, above the fold).
 */
export const remarkFigureImages: Plugin<[], Root> = () => (tree) => {
  const opener = tree.children[0];
  visit(tree, 'figureImage', (node, _index, parent) => {
    const sources = imageSources(node.url, node.width ?? 0);
    node.data = {
      ...node.data,
      hProperties: {
        src: sources.src,
        srcSet: sources.srcSet,
        sizes: IMAGE_SIZES,
        alt: node.alt,
        width: node.width,
        height: node.height,
        loading: parent === opener ? undefined : 'lazy',
        decoding: 'async',
      },
    };
  });
};
