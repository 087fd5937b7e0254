import { indexDocument } from '../_archive/index-page';
import { htmlResponse } from '../_document/respond';
import { notFoundResponse } from '@/app/_document/not-found';
import { isScript, SCRIPTS } from '@/lib/text/scripts';

type Params = { params: Promise<{ script: string }> };

/** A script's index, first page: the newest articles. Written at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return SCRIPTS.map((script) => ({ script }));
}

export async function GET(_request: Request, { params }: Params) {
  const { script } = await params;
  if (!isScript(script)) return notFoundResponse();
  const html = indexDocument(script, 1);
  return html ? htmlResponse(html) : notFoundResponse(script);
}
