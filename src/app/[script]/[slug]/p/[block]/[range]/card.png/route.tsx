import { cardResponse } from '../../../../../../_cards/render';
import type { ShareParams } from '../../../../../../_share/params';

/**
 * A passage's card (金句卡): the sentences a reader chose, whose words they are, the article
 * and the site, drawn on first request and kept (see `_cards/render.tsx`).
 */
export const dynamic = 'force-static';

export function generateStaticParams(): ShareParams[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<ShareParams> }) {
  return cardResponse(await params, 'passage');
}
