import { cardParams, cardResponse, type CardParams } from '../../../../../_cards/render';

/** A quotation's card (金句卡): the words, the speaker and the publication, drawn at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return cardParams('quote');
}

export async function GET(_request: Request, { params }: { params: Promise<CardParams> }) {
  return cardResponse(await params, 'quote');
}
