import { cardResponse } from '../../../_cards/render';
import type { ShareParams } from '../../../_share/params';

/**
 * The article's share card, one per script: drawn on first request and kept (see
 * `_cards/render.tsx` for why none is drawn at build time).
 */
export const dynamic = 'force-static';

export function generateStaticParams(): ShareParams[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<ShareParams> }) {
  return cardResponse(await params);
}
