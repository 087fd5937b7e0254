import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Heading, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { SectionView } from '@/lib/content/articles';
import type { Labels } from '@/lib/web/labels';
import type { Wrapper } from './body-nodes';

/** What the sections plugin needs to know besides the tree. */
export type SectionsOptions = {
  sections: readonly SectionView[];
  labels: Labels;
  /** What stands between the lede and the first section (the pull quote). */
  afterLede?: Element;
};

/**
 * A section heading's row: the heading with its id, a link to itself (shown on hover and
 * focus) and a copy-link button (hidden until the reader's code runs; its icon is drawn by
 * CSS). Empty elements before it carry the section's alias ids, so that a hash written with
 * the heading's text in any script lands here too.
 */
function headingRow(heading: Heading, section: SectionView, labels: Labels): Wrapper {
  return {
    type: 'wrapper',
    children: [],
    data: {
      hName: 'div',
      hProperties: { className: ['heading-row'] },
      hChildren: [
        ...section.aliases.map((alias) => h('span', { id: alias, className: 'alias' })),
        h('h2', { id: section.id }, section.heading),
        h('a', {
          className: 'self-link',
          href: `#${section.id}`,
          ariaLabel: labels.linkToSection(section.heading),
        }),
        h('button', {
          type: 'button',
          dataCopy: 'link',
          dataTarget: section.id,
          ariaLabel: labels.copyLink,
          title: labels.copyLink,
          hidden: true,
        }),
      ],
    },
    ...(heading.position ? { position: heading.position } : {}),
  };
}

/**
 * The article's body in its parts: what comes before the first heading in `div.lede`, then
 * `afterLede`, then a `<section>` for each heading (of any depth) with the blocks up to the
 * next, labelled by its heading's row.
 */
export const remarkSections: Plugin<[SectionsOptions], Root> =
  ({ sections, labels, afterLede }) =>
  (tree) => {
    const lede: Wrapper = {
      type: 'wrapper',
      children: [],
      data: { hName: 'div', hProperties: { className: ['lede'] } },
    };
    const parts: RootContent[] = [lede];
    if (afterLede) {
      const { tagName, properties, children } = afterLede;
      const data = { hName: tagName, hProperties: properties, hChildren: children };
      parts.push({ type: 'wrapper', children: [], data });
    }
    let current: Wrapper = lede;
    for (const node of tree.children) {
      const section = node.type === 'heading' && sections.find((s) => s.id === node.data?.id);
      if (node.type === 'heading' && section) {
        current = {
          type: 'wrapper',
          children: [headingRow(node, section, labels)],
          data: { hName: 'section', hProperties: { ariaLabelledBy: [section.id] } },
        };
        parts.push(current);
      } else current.children.push(node);
    }
    tree.children = parts;
  };
