import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { textOf } from './tree';

/** Link targets a reader may follow; anything else (javascript:, data:, `//host`) loses its link. */
const SAFE_HREF = /^(?:https?:|mailto:|#|\/(?!\/))/i;

/** Whether a paragraph or cell shows nothing: no text but white space (images are text by now). */
function isBlank(node: Nodes): boolean {
  if ('children' in node) return node.children.every((child) => isBlank(child as Nodes));
  return textOf(node).trim() === '';
}

/** What a node becomes on the page: itself, its children, or nothing. */
function replacement(node: RootContent): RootContent[] {
  switch (node.type) {
    // Raw HTML is never rendered: a tag in content is dropped, its text (if any) stays text.
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
    case 'footnoteReference':
    case 'imageReference':
      return [];
    case 'link':
      node.url = node.url.trim();
      return SAFE_HREF.test(node.url) ? [node] : node.children;
    case 'linkReference':
      return node.children;
    case 'code': {
      // A code block is a paragraph of code, its lines kept.
      const lines = node.value.split('\n');
      const children = lines.flatMap((value, i): PhrasingContent[] => [
        ...(i > 0 ? [{ type: 'break' as const }] : []),
        ...(value ? [{ type: 'inlineCode' as const, value }] : []),
      ]);
      return [{ type: 'paragraph', children, ...(node.position ? { position: node.position } : {}) }];
    }
    case 'paragraph':
      return isBlank(node) ? [] : [node];
    case 'table':
      return node.children.every((row) => row.children.every((cell) => isBlank(cell)))
        ? []
        : [node];
    default:
      return [node];
  }
}

function clean(parent: Parent): void {
  const replace = (node: RootContent): RootContent[] => {
    const out = replacement(node);
    if (out.length !== 1 || out[0] !== node) return out.flatMap(replace);
    if ('children' in node) clean(node);
    return out;
  };
  parent.children = parent.children.flatMap(replace);
}

/**
 * A section break is drawn only between two things it separates: not first, not after
 * another, not last, and not before a heading (a heading breaks the text already).
 */
function dropStrayBreaks(tree: Root): void {
  tree.children = tree.children.filter((node, i, all) => {
    if (node.type !== 'thematicBreak') return true;
    const [before, after] = [all[i - 1], all[i + 1]];
    const separates = before !== undefined && after !== undefined;
    return separates && before.type !== 'thematicBreak' && after.type !== 'heading';
  });
}

/**
 * What Markdown can say that the site does not print, taken out so that nothing after it meets
 * it: raw HTML (its text stays), footnotes, definitions and reference images are dropped;
 * reference links and links to unsafe targets keep their text without the link; a code block
 * becomes a paragraph of code; paragraphs and tables with nothing to show go, and so do
 * section breaks that separate nothing.
 */
export const remarkUnsupported: Plugin<[], Root> = () => (tree) => {
  clean(tree);
  dropStrayBreaks(tree);
};
