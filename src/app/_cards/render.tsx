import { ImageResponse } from 'next/og';
import { ShareCard, fitMain } from '@/components/cards/ShareCard';
import { getArticle, getArticles } from '@/lib/articles';
import { CARD_SIZE, fontFamily, fontsFor } from '@/lib/cards';
import { isScript, SCRIPTS } from '@/lib/locale';
import { cardContent, type ShareKind } from '@/lib/share';

/** The params of a card route. */
export type CardParams = { script: string; slug: string; section?: string; quote?: string };

/** Every article's card params in every script, or with `kind`, every section's or quotation's. */
export function cardParams(kind?: ShareKind): CardParams[] {
  return SCRIPTS.flatMap((script) =>
    getArticles(script).flatMap((article) => {
      const base = { script, slug: article.slug };
      if (kind === 'section') return article.sections.map((s) => ({ ...base, section: s.id }));
      if (kind === 'quote') return article.quotes.map((q) => ({ ...base, quote: q.id }));
      return [base];
    }),
  );
}

/**
 * A card as a 1200×630 PNG, drawn at build time with the fonts from node_modules that cover
 * its text (a character no font covers stops the build), or a 404 for unknown params.
 */
export function cardResponse(params: CardParams, kind?: ShareKind): Response {
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
