import { indexDocument, laterPages } from '../../../_archive/index-page';
import { htmlResponse } from '../../../_document/respond';
import { notFoundResponse } from '@/app/_document/not-found';
import { prerenderedCount } from '@/lib/archive/manifest';
import { parsePageParam } from '@/lib/archive/pages';
import { isScript, SCRIPTS } from '@/lib/text/scripts';

type Params = { params: Promise<{ script: string; n: string }> };

/**
 * Page 2 and on of a script's index (page 1 is the index itself): those listing the articles
 * made ahead are written at build time, the rest on first request and then kept, like older
 * articles (the proxy lets only the pages the manifest counts reach Next). At 100,000 articles
 * that is 10,002 pages the build no longer makes.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  const pages = laterPages(prerenderedCount());
  return SCRIPTS.flatMap((script) => pages.map((p) => ({ script, ...p })));
}

export async function GET(_request: Request, { params }: Params) {
  const { script, n } = await params;
  if (!isScript(script)) return notFoundResponse();
  const page = parsePageParam(n);
  const html = page && indexDocument(script, page);
  return html ? htmlResponse(html) : notFoundResponse(script);
}
