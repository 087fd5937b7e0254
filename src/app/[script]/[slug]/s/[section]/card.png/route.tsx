import { cardResponse } from '../../../../../_cards/render';
import type { ShareParams } from '../../../../../_share/params';

/**
 * A section's share card: its heading and the article's title, drawn on first request and
 * kept (see `_cards/render.tsx`).
 */
export const dynamic = 'force-static';

export function generateStaticParams(): ShareParams[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<ShareParams> }) {
  return cardResponse(await params, 'section');
}
