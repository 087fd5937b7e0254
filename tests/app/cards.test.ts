import { describe, expect, it } from 'vitest';
import { cardDrawing, drawingOf, type CardDrawing } from '@/app/_cards/drawing';
import { cardResponse } from '@/app/_cards/render';
import { buildArticle, getArticle } from '@/lib/content/articles';
import { getArticleSource, parseArticleFile } from '@/lib/content/sources';
import { UNDRAWABLE_ARTICLE } from '../support/undrawable-article';
import { converterFor, personTerms } from '@/lib/text/convert';
import { SCRIPTS, type Script } from '@/lib/text/scripts';
import { fontsFor } from '@/lib/web/cards';
import { labelsFor } from '@/lib/web/labels';
import type { ShareKind } from '@/lib/web/share';

/**
 * The text each card is drawn from, per script, and its fonts: OCR cannot tell them apart
 * (Tesseract's traditional model reads simplified glyphs as traditional), so a zh-hant card
 * drawn from the simplified text, or a Hong Kong card from Taiwan's, passed the browser tests.
 * Every card of the seed article: its own, each section's, each quotation's.
 */
const SLUG = 'liu-qingfeng-general-ai';
const hans = getArticle(SLUG, 'zh-hans');
const source = getArticleSource(SLUG);
const cards: [ShareKind | undefined, string | undefined][] = [
  [undefined, undefined],
  ...(hans?.sections.map((s): [ShareKind, string] => ['section', s.id]) ?? []),
  ...(hans?.quotes.map((q): [ShareKind, string] => ['quote', q.id]) ?? []),
];

function drawing(script: Script, kind: ShareKind | undefined, id: string | undefined) {
  const params = { script, slug: SLUG, [kind === 'section' ? 'section' : 'quote']: id };
  const found = cardDrawing(params, kind);
  if (!found) throw new Error(`no card ${script} ${kind ?? 'article'} ${id ?? ''}`);
  return found;
}

/** Everything a card writes but the site's name (the interface's own words, per script). */
const written = (d: CardDrawing) => [d.content.source, d.content.main, d.content.by];

describe('share cards', () => {
  it('has the seed article and its cards to check', () => {
    expect(hans).toBeDefined();
    expect(source).toBeDefined();
    expect(cards.length).toBeGreaterThan(5);
  });

  for (const script of SCRIPTS.filter((s) => s !== 'zh-hans')) {
    const convert = converterFor(
      script,
      personTerms(
        source
          ? [source.meta.interviewee, source.meta.reporter, ...(source.meta.people ?? [])]
          : [],
      ),
    );

    it(`draws every ${script} card from the text in ${script}, not another script’s`, () => {
      for (const [kind, id] of cards) {
        const simplified = drawing('zh-hans', kind, id);
        const card = drawing(script, kind, id);
        expect(written(card), `${kind ?? 'article'} ${id ?? ''}`).toEqual(
          written(simplified).map(convert),
        );
        expect(card.content.site).toBe(labelsFor(script).siteName);
      }
    });

    it(`draws ${script} cards that differ from the simplified ones`, () => {
      const differ = cards.filter(([kind, id]) =>
        written(drawing(script, kind, id)).some(
          (t, i) => t !== written(drawing('zh-hans', kind, id))[i],
        ),
      );
      expect(differ).toHaveLength(cards.length);
    });

    it(`draws ${script} cards with traditional fonts (Noto Serif TC)`, () => {
      for (const [kind, id] of cards) {
        const card = drawing(script, kind, id);
        const tc = new Set(fontsFor(card.main, 'zh-hant', 700).map((f) => f.data));
        expect(card.bold.length).toBeGreaterThan(0);
        expect(card.bold.every((f) => tc.has(f.data))).toBe(true);
      }
    });
  }

  it('draws Hong Kong cards from Hong Kong’s text, which differs from Taiwan’s', () => {
    const differ = cards.filter(([kind, id]) => {
      const hk = written(drawing('zh-hant-hk', kind, id));
      const tw = written(drawing('zh-hant', kind, id));
      return hk.some((t, i) => t !== tw[i]);
    });
    // The seed's quotations hold 说, 里 and 着, which the two standards write differently.
    expect(differ.length).toBeGreaterThan(0);
  });

  it('draws simplified cards with simplified fonts (Noto Serif SC)', () => {
    for (const [kind, id] of cards) {
      const card = drawing('zh-hans', kind, id);
      const sc = new Set(fontsFor(card.main, 'zh-hans', 700).map((f) => f.data));
      expect(card.bold.every((f) => sc.has(f.data))).toBe(true);
    }
  });
});

describe('passage cards', () => {
  const article = (script: Script) =>
    buildArticle(
      {
        slug: 'undrawable',
        ...parseArticleFile(
          'undrawable.md',
          `${UNDRAWABLE_ARTICLE}\n第一句写得清楚。第二句从ሀ说起。\n`,
        ),
      },
      script,
    );

  it('draws a passage whose every character a font covers, in each script', () => {
    for (const script of SCRIPTS) {
      const card = drawingOf(article(script), 'passage', 'p3~1');
      expect(card?.content.main).toBe(
        script === 'zh-hans' ? '第一句写得清楚。' : '第一句寫得清楚。',
      );
    }
  });

  it('has no card for a passage no font can draw, nor for one that does not exist', () => {
    for (const script of SCRIPTS) {
      expect(drawingOf(article(script), 'passage', 'p3~2')).toBeUndefined();
      expect(drawingOf(article(script), 'passage', 'p3~1-2')).toBeUndefined();
      expect(drawingOf(article(script), 'passage', 'p3~3')).toBeUndefined();
    }
  });

  it('answers a card that cannot be drawn with the 404 page in the URL’s script', async () => {
    const response = cardResponse({ script: 'zh-hant', slug: 'no-such-article' }, 'passage');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('找不到這個頁面');
  });
});
