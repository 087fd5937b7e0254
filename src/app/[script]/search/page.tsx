import type { Metadata } from 'next';
import { SearchPage, searchMetadata } from '../../_archive/search-page';

type Props = {
  params: Promise<{ script: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The query as given: the first `q`, or empty. */
function queryOf(params: Record<string, string | string[] | undefined>): string {
  const q = params.q;
  return (Array.isArray(q) ? q[0] : q) ?? '';
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return searchMetadata((await params).script, queryOf(await searchParams));
}

/**
 * Search, rendered for each request: the form alone, and queries that next.config.ts does not
 * send to the kept results (`search/[query]`): those too long, or with characters a path
 * segment cannot carry.
 */
export default async function Search({ params, searchParams }: Props) {
  return <SearchPage script={(await params).script} raw={queryOf(await searchParams)} />;
}
