import { cardParams, cardResponse, type CardParams } from '../../../_cards/render';

/** The article's share card, one per script, drawn at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return cardParams();
}

export async function GET(_request: Request, { params }: { params: Promise<CardParams> }) {
  return cardResponse(await params);
}
