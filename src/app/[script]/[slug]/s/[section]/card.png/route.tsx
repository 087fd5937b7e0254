import { cardParams, cardResponse, type CardParams } from '../../../../../_cards/render';

/** A section's share card: its heading and the article's title, drawn at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return cardParams('section');
}

export async function GET(_request: Request, { params }: { params: Promise<CardParams> }) {
  return cardResponse(await params, 'section');
}
