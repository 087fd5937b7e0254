import { h } from 'hastscript';
import { entryList, pagination, searchForm } from '@/components/archive-html';
import { entriesAt, entryCount } from '@/lib/archive/entries';
import { pageCount, pageRange } from '@/lib/archive/pages';
import type { Script } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import { indexPagePath } from '@/lib/web/urls';
import { alternateLinks, meta, pageDocument } from '../_document/document';

/** The path of page `page` after the script (`page/2`), or undefined for page 1, the index. */
const restOf = (page: number) => (page > 1 ? `page/${page}` : undefined);

/**
 * The pages of a script's index after the first that list the `newest` articles (those made
 * ahead: see prerenderedCount): `[{ n: '2' }, …]`, none when they fit on the first.
 */
export function laterPages(newest: number): { n: string }[] {
  const pages = pageCount(Math.min(newest, entryCount()));
  return Array.from({ length: pages - 1 }, (_, i) => ({ n: String(i + 2) }));
}

/**
 * One page of a script's index, the newest articles first, 30 a page; later pages say which
 * page they are. Undefined past the last page.
 */
export function indexDocument(script: Script, page: number): string | undefined {
  const count = entryCount();
  const range = pageRange(page, count);
  if (!range) return undefined;
  const shown = entriesAt(script, ...range);
  const pages = pageCount(count);
  const labels = labelsFor(script);
  const which = page > 1 ? `｜${labels.pageOf(page, pages)}` : '';
  const links = pagination(page, pages, (n) => indexPagePath(script, n), labels);
  return pageDocument({
    script,
    kind: 'archive',
    title: `${labels.siteName}${which}`,
    head: [
      meta('description', labels.siteDescription),
      ...alternateLinks(script, restOf(page)),
      ...links.head,
    ],
    rest: restOf(page),
    mainClass: 'archive',
    main: [
      h('h1', `${labels.latest}${which}`),
      searchForm(script, labels),
      entryList(script, shown),
      ...(links.nav ? [links.nav] : []),
    ],
    reader: true,
  });
}
