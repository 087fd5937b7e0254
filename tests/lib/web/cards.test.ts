import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle, getArticle, type Article } from '@/lib/content/articles';
import { parseArticleFile } from '@/lib/content/sources';
import { textOf } from '@/lib/content/tree';
import { toCornerQuotes } from '@/lib/text/quote-marks';
import { SCRIPTS } from '@/lib/text/scripts';
import { CardError, fontsFor } from '@/lib/web/cards';
import { cardContent } from '@/lib/web/share';

const SLUG = 'liu-qingfeng-general-ai';
const fixtures = path.resolve(__dirname, '../../fixtures/articles');

/** Every character an article shows, in its script. */
function allText(a: Article): string {
  return [
    a.title,
    a.publication,
    a.issue,
    a.interviewee.name,
    a.interviewee.role,
    a.reporter.name,
    a.credit ?? '',
    textOf(a.body),
    ...a.sections.map((s) => s.heading),
    ...a.quotes.flatMap((q) => q.parts),
  ].join('');
}

describe('card fonts', () => {
  it('have a glyph for every character the Hong Kong pages print, fixtures included', () => {
    const articles = [getArticle(SLUG, 'zh-hant-hk') as Article];
    for (const file of fs.readdirSync(fixtures).filter((f) => f.endsWith('.md'))) {
      const parsed = parseArticleFile(file, fs.readFileSync(path.join(fixtures, file), 'utf8'));
      const source = { slug: file.slice(0, -3), ...parsed };
      const publicDir = path.resolve(__dirname, '../../fixtures/public');
      articles.push(buildArticle(source, 'zh-hant-hk', { publicDir }));
    }
    // Hong Kong's own forms, whether or not these articles use them.
    const text = `${articles.map(allText).join('')}峯裏着羣衞綫户温説啓麪衆`;
    for (const weight of [700, 400] as const) {
      expect(() => fontsFor(text, 'zh-hant-hk', weight)).not.toThrow();
    }
  });

  it('refuse a character no file of the script’s font covers, naming it', () => {
    expect(() => fontsFor('ሀሁሂ', 'zh-hant-hk', 700)).toThrow(CardError);
  });
});

describe('card content', () => {
  it('is each script’s own text: its site name, its forms and its quotation marks', () => {
    const cards = SCRIPTS.map((script) => {
      const article = getArticle(SLUG, script) as Article;
      return cardContent(article, 'quote', article.quotes[0]?.id);
    });
    const [hans, tw, hk] = cards;
    expect(hans?.site).toBe('访谈阅读');
    expect(tw?.site).toBe('訪談閱讀');
    expect(hk?.site).toBe('訪談閲讀');
    expect(hans?.main.startsWith('“')).toBe(true);
    expect(tw?.main.startsWith('「')).toBe(true);
    expect(hk?.main.startsWith('「')).toBe(true);
    expect(tw?.main).toBe(toCornerQuotes(tw?.main ?? ''));
    expect(new Set(cards.map((c) => JSON.stringify(c))).size).toBe(3);
  });
});
