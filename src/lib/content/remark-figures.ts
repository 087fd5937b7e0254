import type { Image, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Figure } from './tree';

/** The image of a paragraph that holds one image and nothing else but white space. */
function loneImage(node: Paragraph): Image | undefined {
  const images = node.children.filter((child) => child.type === 'image');
  const rest = node.children.filter((child) => child.type !== 'image');
  const bare = rest.every((child) => child.type === 'text' && child.value.trim() === '');
  return images.length === 1 && bare ? images[0] : undefined;
}

/** A figure of `image`, captioned with its title, else its alt text; the paragraph's data kept. */
function figureOf(paragraph: Paragraph, image: Image): Figure {
  const alt = image.alt?.trim() ?? '';
  const caption = (image.title ?? '').trim() || alt;
  return {
    type: 'figure',
    children: [
      {
        type: 'figureImage',
        url: image.url.trim(),
        alt,
        children: [],
        data: { hName: 'img' },
      },
      ...(caption
        ? [
            {
              type: 'figureCaption' as const,
              children: [{ type: 'text' as const, value: caption }],
              data: { hName: 'figcaption' },
            },
          ]
        : []),
    ],
    data: { ...paragraph.data, hName: 'figure' },
    ...(paragraph.position ? { position: paragraph.position } : {}),
  };
}

/**
 * An image alone in its paragraph (`![图注](/images/x.jpg "标题")`) is a figure, captioned
 * with its title, else its alt text; an image inside running text is its alt text. Run after
 * remark-explicit-ids.ts, so that `![…](…) {#id}` is a figure with that id.
 */
export const remarkFigures: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'paragraph', (node, index, parent) => {
    const image = loneImage(node);
    if (!image || !parent || index === undefined) return;
    parent.children[index] = figureOf(node, image) as RootContent;
    return SKIP;
  });
  visit(tree, 'image', (node: Nodes, index, parent) => {
    if (!parent || index === undefined || node.type !== 'image') return;
    const alt = node.alt ? [{ type: 'text' as const, value: node.alt }] : [];
    parent.children.splice(index, 1, ...alt);
    return [SKIP, index + alt.length];
  });
};
