import { cardResponse } from '../../../../../_cards/render';
import { shareParams, type ShareParams } from '../../../../../_share/params';

/**
 * A quotation's card (金句卡): the words, the speaker and the publication, drawn at build time
 * for the newest articles, on first request (and kept) for the others.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return shareParams('quote');
}

export async function GET(_request: Request, { params }: { params: Promise<ShareParams> }) {
  return cardResponse(await params, 'quote');
}
