import { personDocument } from '../../../../../_archive/person-page';
import { htmlResponse } from '../../../../../_document/respond';
import { notFoundResponse } from '@/app/_document/not-found';
import { parsePageParam } from '@/lib/archive/pages';
import { getPerson } from '@/lib/archive/people';
import { isScript } from '@/lib/text/scripts';
import { decodeSegment } from '@/lib/web/urls';

type Params = { params: Promise<{ script: string; person: string; n: string }> };

/**
 * Page 2 and on of a person's page, for someone interviewed more often than one page lists:
 * older interviews, so made on first request and then kept, like the index's older pages (the
 * proxy lets only the pages the manifest counts reach Next).
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Params) {
  const { script, person, n } = await params;
  if (!isScript(script)) return notFoundResponse();
  const id = decodeSegment(person);
  const page = parsePageParam(n);
  const found = id === undefined || page === undefined ? undefined : getPerson(script, id, page);
  return found ? htmlResponse(personDocument(script, found)) : notFoundResponse(script);
}
