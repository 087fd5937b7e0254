import { getArticle } from '@/lib/content/articles';
import { isScript } from '@/lib/text/scripts';
import type { ShareKind } from '@/lib/web/share';
import { htmlResponse } from '../_document/respond';
import { notFoundResponse } from '@/app/_document/not-found';
import { shareId, type ShareParams } from './params';
import { shareDocument } from './share-page';

/**
 * The GET of a share page of `kind` (`s/<section-id>`, `q/<quote-id>` or
 * `p/<paragraph-id>/<range>`): the page, or the 404 page for an unknown script, article or id.
 */
export function shareGET(kind: ShareKind) {
  return async function GET(_request: Request, { params }: { params: Promise<ShareParams> }) {
    const p = await params;
    if (!isScript(p.script)) return notFoundResponse();
    const id = shareId(kind, p);
    const article = getArticle(p.slug, p.script);
    const html = id !== undefined && article ? shareDocument(article, kind, id) : undefined;
    return html ? htmlResponse(html) : notFoundResponse(p.script);
  };
}
