import { ImageResponse } from 'next/og';
import { ShareCard } from '@/components/cards/ShareCard';
import { CARD_SIZE, fontFamily } from '@/lib/web/cards';
import type { ShareKind } from '@/lib/web/share';
import type { ShareParams } from '../_share/params';
import { cardDrawing } from './drawing';
import { notFoundResponse } from '../_document/not-found';
import { isScript } from '@/lib/text/scripts';

/**
 * A card as a 1200×630 PNG, drawn on first request with the fonts from node_modules that cover
 * its text (see drawing.ts), or the 404 page for unknown params (which the proxy stops before
 * they get here) or a text no font covers. The card routes are force-static with no params
 * made ahead: Next keeps each card it draws, and nginx caches it (and paces the cards one
 * client asks for: deploy/nginx). None is drawn at build time: drawing the newest articles'
 * ~500 cards held ~500 MB in the build's page worker (the build's peak) for images that social
 * sites fetch once; a card takes ~80 ms on a running origin, ~0.5 s as a fresh origin's first
 * (src/instrumentation.ts). That the newest articles' cards can be drawn (every character
 * covered by a font) is checked before the build compiles anything (scripts/check-cards.ts).
 */
export function cardResponse(params: ShareParams, kind?: ShareKind): Response {
  const drawing = cardDrawing(params, kind);
  if (!drawing) return notFoundResponse(isScript(params.script) ? params.script : undefined);
  const { content, bold, regular } = drawing;
  return new ImageResponse(
    <ShareCard {...content} bold={fontFamily(bold)} regular={fontFamily(regular)} />,
    {
      ...CARD_SIZE,
      fonts: [...bold, ...regular],
      headers: { 'Cache-Control': 'public, max-age=3600, s-maxage=31536000' },
    },
  );
}
