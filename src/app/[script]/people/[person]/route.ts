import { personDocument } from '../../../_archive/person-page';
import { htmlResponse } from '../../../_document/respond';
import { notFoundResponse } from '@/app/_document/not-found';
import { newestPeople } from '@/lib/archive/entries';
import { prerenderedCount } from '@/lib/archive/manifest';
import { getPerson } from '@/lib/archive/people';
import { isScript, SCRIPTS } from '@/lib/text/scripts';
import { decodeSegment } from '@/lib/web/urls';

type Params = { params: Promise<{ script: string; person: string }> };

/**
 * Everyone interviewed has a page in every script: written ahead for the people of the newest
 * articles, on first request (and kept) for the others. The proxy 404s any other name.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  const people = newestPeople(prerenderedCount());
  return SCRIPTS.flatMap((script) => people.map((person) => ({ script, person })));
}

export async function GET(_request: Request, { params }: Params) {
  const { script, person } = await params;
  if (!isScript(script)) return notFoundResponse();
  const id = decodeSegment(person);
  const found = id === undefined ? undefined : getPerson(script, id);
  return found ? htmlResponse(personDocument(script, found)) : notFoundResponse(script);
}
