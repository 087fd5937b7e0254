import { fitMain } from '@/components/cards/ShareCard';
import { getArticle, type Article } from '@/lib/content/articles';
import { CardError, fontsFor, type CardFont } from '@/lib/web/cards';
import { isScript } from '@/lib/text/scripts';
import { cardContent, type CardContent, type ShareKind } from '@/lib/web/share';
import { shareId, type ShareParams } from '../_share/params';

/** What a card is drawn from: its text, in the script its URL names, and the fonts for it. */
export type CardDrawing = {
  content: CardContent;
  /** The main text as the card sets it (cut to fit, see `fitMain`). */
  main: string;
  /** The fonts that cover the main text (bold) and the rest (regular), in the script's forms. */
  bold: CardFont[];
  regular: CardFont[];
};

/**
 * The card of an article, or of one of its sections (`kind` 'section', `params.section`) or
 * quotations, in the script of `params.script`: its text from the article in that script and
 * that script's fonts. Undefined for params that name nothing, or a text no font can draw.
 */
export function cardDrawing(params: ShareParams, kind?: ShareKind): CardDrawing | undefined {
  const article = isScript(params.script) ? getArticle(params.slug, params.script) : undefined;
  return article && drawingOf(article, kind, kind && shareId(kind, params));
}

/** The card of `article` or of its section, quotation or passage `id`, as `cardDrawing`. */
export function drawingOf(
  article: Article,
  kind?: ShareKind,
  id?: string,
): CardDrawing | undefined {
  const content = cardContent(article, kind, id);
  if (!content) return undefined;
  const main = fitMain(content.kind, content.main).text;
  try {
    return {
      content,
      main,
      bold: fontsFor(main, article.script, 700),
      regular: fontsFor(`${content.site}${content.source}${content.by}`, article.script, 400),
    };
  } catch (error) {
    // A character no font covers: the build checks the cards it can foresee (scripts/
    // check-cards.ts); a passage a reader chose elsewhere has no card.
    if (error instanceof CardError) return undefined;
    throw error;
  }
}
