import { searchDocument } from '../../../_archive/search-page';
import { htmlResponse } from '../../../_document/respond';
import { notFoundResponse } from '@/app/_document/not-found';
import { isScript } from '@/lib/text/scripts';
import { decodeSegment } from '@/lib/web/urls';

type Params = { params: Promise<{ script: string; query: string }> };

/**
 * The results of one query, written on its first request and then kept, like an older
 * article: the index only changes with a build, so the same query gives the same page until
 * the next deploy. Readers never see this path: the proxy rewrites `/<script>/search?q=<query>`
 * here (src/proxy.ts), and answers it with a 404 when asked for it directly.
 */
export const dynamic = 'force-static';

export function generateStaticParams(): { script: string; query: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: Params) {
  const { script, query } = await params;
  if (!isScript(script)) return notFoundResponse();
  const raw = decodeSegment(query);
  return raw === undefined ? notFoundResponse(script) : htmlResponse(searchDocument(script, raw));
}
