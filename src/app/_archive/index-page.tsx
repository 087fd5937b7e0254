import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryList } from '@/components/EntryList';
import { Pagination } from '@/components/Pagination';
import { ReaderScript } from '@/components/ReaderScript';
import { SearchForm } from '@/components/SearchForm';
import { SiteHeader } from '@/components/SiteHeader';
import { getEntries } from '@/lib/archive/entries';
import { pageCount, pageOf } from '@/lib/archive/pages';
import { isScript, type Script } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import { alternatesFor, indexPagePath } from '@/lib/web/urls';
import { PageStyles } from '../_styles/PageStyles';

/** The path of page `page` after the script (`page/2`), or undefined for page 1, the index. */
const restOf = (page: number) => (page > 1 ? `page/${page}` : undefined);

/** The index's title and alternates; later pages say which page they are. */
export function indexMetadata(script: string, page: number): Metadata {
  if (!isScript(script)) return {};
  const labels = labelsFor(script);
  const pages = pageCount(getEntries(script).length);
  return {
    title: page > 1 ? `${labels.siteName}｜${labels.pageOf(page, pages)}` : labels.siteName,
    description: labels.siteDescription,
    alternates: alternatesFor(script, restOf(page)),
  };
}

/** The pages a script's index has after the first: `[{ n: '2' }, …]`. */
export function laterPages(script: Script): { n: string }[] {
  const pages = pageCount(getEntries(script).length);
  return Array.from({ length: pages - 1 }, (_, i) => ({ n: String(i + 2) }));
}

/** One page of a script's index: the newest articles first, 30 a page. */
export function IndexPage({ script, page }: { script: string; page: number }) {
  if (!isScript(script)) notFound();
  const entries = getEntries(script);
  const shown = pageOf(entries, page);
  if (!shown) notFound();
  const labels = labelsFor(script);
  const pages = pageCount(entries.length);
  return (
    <>
      <PageStyles kind="archive" />
      <SiteHeader script={script} labels={labels} rest={restOf(page)} />
      <main id="main" className="archive">
        <h1>{page > 1 ? `${labels.latest}｜${labels.pageOf(page, pages)}` : labels.latest}</h1>
        <SearchForm script={script} labels={labels} />
        <EntryList script={script} entries={shown} />
        <Pagination
          page={page}
          pages={pages}
          hrefOf={(n) => indexPagePath(script, n)}
          labels={labels}
        />
      </main>
      <ReaderScript script={script} />
    </>
  );
}
