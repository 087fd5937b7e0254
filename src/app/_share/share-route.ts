import { getArticle } from '@/lib/content/articles';
import { isScript } from '@/lib/text/scripts';
import type { ShareKind } from '@/lib/web/share';
import { decodeSegment } from '@/lib/web/urls';
import { htmlResponse } from '../_document/respond';
import { notFoundResponse } from '@/app/_document/not-found';
import type { ShareParams } from './params';
import { shareDocument } from './share-page';

/**
 * The GET of a share page of `kind` (`s/<section-id>` or `q/<quote-id>`): the page, or the
 * 404 page for an unknown script, article or id.
 */
export function shareGET(kind: ShareKind) {
  return async function GET(_request: Request, { params }: { params: Promise<ShareParams> }) {
    const p = await params;
    if (!isScript(p.script)) return notFoundResponse();
    const raw = kind === 'section' ? p.section : p.quote;
    const id = raw === undefined ? undefined : decodeSegment(raw);
    const article = getArticle(p.slug, p.script);
    const html = id !== undefined && article ? shareDocument(article, kind, id) : undefined;
    return html ? htmlResponse(html) : notFoundResponse(p.script);
  };
}
