import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { imageDimensions, PUBLIC_DIR } from './images';

/** Where an article's images are read from, and how errors name the article. */
export type ImageSizeOptions = { where: string; publicDir?: string };

/**
 * Gives each figure's image its width and height, read from its file in `public/images/`
 * (images.ts), so the page reserves its place before it loads.
 *
 * @throws ContentError naming the article (`where`) for an image that is elsewhere, missing or
 *   not an image
 */
export const remarkImageSizes: Plugin<[ImageSizeOptions], Root> =
  ({ where, publicDir = PUBLIC_DIR }) =>
  (tree) => {
    visit(tree, 'figureImage', (node) => {
      Object.assign(node, imageDimensions(node.url, where, publicDir));
    });
  };
