import { indexDocument, laterPages } from '../../../_archive/index-page';
import { htmlResponse } from '../../../_document/respond';
import { notFoundResponse } from '@/app/_document/not-found';
import { parsePageParam } from '@/lib/archive/pages';
import { isScript, SCRIPTS } from '@/lib/text/scripts';

type Params = { params: Promise<{ script: string; n: string }> };

/** Page 2 and on of a script's index (page 1 is the index itself), all written at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return SCRIPTS.flatMap((script) => laterPages().map((p) => ({ script, ...p })));
}

export async function GET(_request: Request, { params }: Params) {
  const { script, n } = await params;
  if (!isScript(script)) return notFoundResponse();
  const page = parsePageParam(n);
  const html = page && indexDocument(script, page);
  return html ? htmlResponse(html) : notFoundResponse(script);
}
