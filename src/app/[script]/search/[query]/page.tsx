import type { Metadata } from 'next';
import { SearchPage, searchMetadata } from '../../../_archive/search-page';

type Props = { params: Promise<{ script: string; query: string }> };

/**
 * The results of one query, made on its first request and then kept, like an older article:
 * the index only changes with a build, so the same query gives the same page until the next
 * deploy. Readers never see this path: next.config.ts rewrites `/<script>/search?q=<query>`
 * here, and the proxy answers it with a 404 when asked for it directly.
 */
export const dynamic = 'force-static';

export function generateStaticParams(): { script: string; query: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { script, query } = await params;
  return searchMetadata(script, decodeURIComponent(query));
}

export default async function KeptSearch({ params }: Props) {
  const { script, query } = await params;
  return <SearchPage script={script} raw={decodeURIComponent(query)} />;
}
