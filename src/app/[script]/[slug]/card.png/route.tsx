import { cardResponse } from '../../../_cards/render';
import { shareParams, type ShareParams } from '../../../_share/params';

/**
 * The article's share card, one per script: drawn at build time for the newest articles, on
 * first request (and kept) for the others.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return shareParams();
}

export async function GET(_request: Request, { params }: { params: Promise<ShareParams> }) {
  return cardResponse(await params);
}
