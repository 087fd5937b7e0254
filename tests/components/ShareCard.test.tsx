// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cardDrawing } from '@/app/_cards/drawing';
import { ShareCard } from '@/components/cards/ShareCard';
import { getArticle } from '@/lib/content/articles';
import { SCRIPTS, type Script } from '@/lib/text/scripts';
import { fontFamily } from '@/lib/web/cards';

afterEach(cleanup);

/**
 * The share card, the one React component: what it writes and in which fonts, from the card
 * drawings of the seed article in each script (app/_cards/drawing.ts), and how it fits a long
 * quotation. Satori draws the same element tree; the OCR tests read the drawn PNG.
 */
const SLUG = 'liu-qingfeng-general-ai';

function renderCard(script: Script, kind?: 'section' | 'quote', id?: string) {
  const params = { script, slug: SLUG, [kind === 'section' ? 'section' : 'quote']: id };
  const drawing = cardDrawing(params, kind);
  if (!drawing) throw new Error(`no card ${script} ${kind ?? 'article'}`);
  const { content, bold, regular } = drawing;
  const view = render(
    <ShareCard {...content} bold={fontFamily(bold)} regular={fontFamily(regular)} />,
  );
  return { ...view, drawing };
}

describe('ShareCard', () => {
  for (const script of SCRIPTS) {
    it(`writes the ${script} article card’s text in ${script}: site, source, headline, interviewee`, () => {
      const article = getArticle(SLUG, script);
      const { drawing } = renderCard(script);
      expect(article).toBeDefined();
      expect(screen.getByText(drawing.content.site)).toBeTruthy();
      expect(screen.getByText(`《${article?.publication}》${article?.issue}`)).toBeTruthy();
      expect(screen.getByText(article?.title ?? '')).toBeTruthy();
      expect(
        screen.getByText(`${article?.interviewee.role} ${article?.interviewee.name}`),
      ).toBeTruthy();
    });

    it(`sets the ${script} card’s main text in its bold fonts and the rest in its regular ones`, () => {
      const { container, drawing } = renderCard(script);
      const main = screen.getByText(drawing.main);
      expect(main.style.fontFamily).toBe(fontFamily(drawing.bold));
      expect(main.style.fontWeight).toBe('700');
      const frame = container.firstElementChild as HTMLElement;
      expect(frame.style.fontFamily).toBe(fontFamily(drawing.regular));
      // The fonts are named per card; the files behind them are the script's (cards.test.ts).
      expect(drawing.bold.length).toBeGreaterThan(0);
    });
  }

  it('prints a quotation card in the page’s marks: “” in simplified, 「」 in traditional', () => {
    const quote = getArticle(SLUG, 'zh-hans')?.quotes[0]?.id;
    expect(quote).toBeDefined();
    for (const [script, open, close] of [
      ['zh-hans', '“', '”'],
      ['zh-hant', '「', '」'],
      ['zh-hant-hk', '「', '」'],
    ] as const) {
      const { drawing } = renderCard(script, 'quote', quote);
      const main = screen.getByText(drawing.main);
      expect(main.textContent?.startsWith(open), script).toBe(true);
      expect(main.textContent?.endsWith(close), script).toBe(true);
      cleanup();
    }
  });

  it('fits a long quotation: smaller type, cut with an ellipsis before its closing mark', () => {
    const long = `「${'我們要把通用人工智能的基礎打牢，'.repeat(12)}」`;
    render(
      <ShareCard
        kind="quote"
        site="訪談閱讀"
        source="《某週刊》"
        main={long}
        by="——某人"
        bold="B0"
        regular="R0"
      />,
    );
    const main = screen.getByText(
      (_, el) => el instanceof HTMLElement && el.style.fontWeight === '700',
    );
    // The longest step's 129 characters, an ellipsis, and the quotation's own closing mark.
    expect(main.textContent).toBe(`${[...long].slice(0, 129).join('')}…」`);
    expect(main.style.fontSize).toBe('32px');
  });

  it('sets a short headline large', () => {
    render(
      <ShareCard
        kind="article"
        site="访谈阅读"
        source="《某周刊》"
        main="短标题"
        by="某人"
        bold="B0"
        regular="R0"
      />,
    );
    expect(screen.getByText('短标题').style.fontSize).toBe('68px');
  });
});
