import type { Element } from 'hast';
import { h } from 'hastscript';

type Shared = {
  /** The article's title, above. */
  article: string;
  /** The section heading, or the quotation. */
  main: string;
  /** Under it: the section's opening, or who said it where. */
  detail: string;
  kind: 'section' | 'quote' | 'passage';
  /** The place in the article: `/<script>/<slug>#<id>`. */
  href: string;
  linkLabel: string;
  /** Whether the reader's code follows the link at once (`data-land`): a passage's page. */
  land?: boolean;
};

/**
 * What a share page shows a reader whose browser does not follow its zero-second refresh (and
 * what a crawler that does not follow it reads): the section or quotation, and a link to its
 * place in the article. The refresh itself (in the page's head) sends everyone else there at
 * once, with or without JavaScript.
 */
export function sharePage({ article, main, detail, kind, href, linkLabel, land }: Shared): Element {
  const top =
    kind === 'section'
      ? [h('p', { className: 'share-article' }, article), h('h1', main)]
      : [
          h('h1', { className: 'share-article' }, article),
          h('blockquote', { className: 'share-quote' }, main),
        ];
  return h('article', { className: 'share-page' }, [
    ...top,
    h('p', { className: 'share-detail' }, detail),
    h('p', [h('a', { href, ...(land ? { dataLand: true } : {}) }, linkLabel)]),
  ]);
}
