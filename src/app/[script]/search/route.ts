import type { NextRequest } from 'next/server';
import { searchDocument } from '../../_archive/search-page';
import { htmlResponse } from '../../_document/respond';
import { notFoundResponse } from '@/app/_document/not-found';
import { isScript } from '@/lib/text/scripts';

type Params = { params: Promise<{ script: string }> };

/**
 * Search, written for each request: the form alone, and queries the proxy does not send to
 * the kept results (`search/[query]`): those too long, or with characters a path segment
 * cannot carry. The query is the first `q`, or empty.
 */
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: Params) {
  const { script } = await params;
  if (!isScript(script)) return notFoundResponse();
  const raw = request.nextUrl.searchParams.get('q') ?? '';
  return htmlResponse(
    searchDocument(script, raw),
    'private, no-cache, no-store, max-age=0, must-revalidate',
  );
}
