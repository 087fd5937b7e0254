import type { Parent, RootContent } from 'mdast';
// Types `data.hName`, `data.hProperties` and `data.hChildren`: how a node becomes HTML.
import type {} from 'mdast-util-to-hast';

/**
 * An element the page puts around blocks of the article tree (the lede, a section, a table's
 * scrolling box) or in their place (a heading's row, the pull quote): its element name and
 * properties ride on `data.hName` and `data.hProperties`, as mdast-util-to-hast reads them.
 */
export interface Wrapper extends Parent {
  type: 'wrapper';
  children: RootContent[];
}

declare module 'mdast' {
  interface RootContentMap {
    wrapper: Wrapper;
  }
  interface BlockContentMap {
    wrapper: Wrapper;
  }
}
