import { ImageResponse } from 'next/og';
import { ShareCard, fitMain } from '@/components/cards/ShareCard';
import { getArticle } from '@/lib/content/articles';
import { CARD_SIZE, fontFamily, fontsFor } from '@/lib/web/cards';
import { isScript } from '@/lib/text/scripts';
import { cardContent, type ShareKind } from '@/lib/web/share';
import type { ShareParams } from '../_share/params';

/**
 * A card as a 1200×630 PNG, drawn on first request with the fonts from node_modules that cover
 * its text, or a 404 for unknown params (which the proxy stops before they get here). The card
 * routes are force-static with no params made ahead: Next keeps each card it draws, and nginx
 * caches it. None is drawn at build time: drawing the newest articles' ~500 cards held ~500 MB
 * in the build's page worker (the build's peak) for images that social sites fetch once; a card
 * takes ~80 ms on a running origin, ~0.5 s as a fresh origin's first (src/instrumentation.ts).
 * That the newest articles' cards can be drawn (every character covered by a font) is checked
 * before the build compiles anything (scripts/check-cards.ts).
 */
export function cardResponse(params: ShareParams, kind?: ShareKind): Response {
  const article = isScript(params.script) ? getArticle(params.slug, params.script) : undefined;
  const id = kind === 'section' ? params.section : params.quote;
  const content = article && cardContent(article, kind, id && decodeURIComponent(id));
  if (!article || !content) return new Response('Not found', { status: 404 });
  const main = fitMain(content.kind, content.main).text;
  const bold = fontsFor(main, article.script, 700);
  const regular = fontsFor(`${content.site}${content.source}${content.by}`, article.script, 400);
  return new ImageResponse(
    <ShareCard {...content} bold={fontFamily(bold)} regular={fontFamily(regular)} />,
    {
      ...CARD_SIZE,
      fonts: [...bold, ...regular],
      headers: { 'Cache-Control': 'public, max-age=3600, s-maxage=31536000' },
    },
  );
}
