import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../content/articles';
import type { Script } from '../text/scripts';
import { cardContent, type CardContent } from './share';
import { perProcess } from '../memo/per-process';

/** Every share card is an Open Graph image of this size. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The card's two weights: headings and body text. */
export const CARD_WEIGHTS = [700, 400] as const;
export type CardWeight = (typeof CARD_WEIGHTS)[number];

/** A font as satori (under `next/og`) takes it. */
export type CardFont = { name: string; data: Buffer; weight: CardWeight; style: 'normal' };

/** Thrown when a card's text has a character no font file covers: the build stops on it. */
export class CardError extends Error {
  override name = 'CardError';
}

/**
 * Noto Serif in the script's own forms (SC for simplified, TC for both traditional), from the
 * `@fontsource` packages in node_modules: the build never fetches a font.
 */
const PACKAGE: Record<Script, string> = {
  'zh-hans': 'noto-serif-sc',
  'zh-hant': 'noto-serif-tc',
  // Noto Serif TC has Hong Kong's forms too (峯, 裏, 着, 衞, 羣 …); a test checks every
  // character the Hong Kong pages print.
  'zh-hant-hk': 'noto-serif-tc',
};

type Face = { file: string; ranges: [number, number][] };

/**
 * Where an installed package is: node_modules/<name> in the working directory or the nearest
 * folder above it that has one, as Node resolves packages (a build in a copy of the project
 * inside it, as the tests and the benchmark make, finds the project's node_modules).
 */
function packageDir(name: string): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(/*turbopackIgnore: true*/ dir, 'node_modules', name);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new CardError(`${name} is not installed (npm ci)`);
  }
}

const faces = perProcess('web/card-faces', () => new Map<string, Face[]>());
/** Font files already read: a build draws thousands of cards from the same hundred files. */
const fontData = perProcess('web/card-fonts', () => new Map<string, Buffer>());

function readFont(file: string): Buffer {
  let data = fontData.get(file);
  if (!data) {
    data = fs.readFileSync(/*turbopackIgnore: true*/ file);
    fontData.set(file, data);
  }
  return data;
}

/**
 * The package's font files for one weight, each with the code points it covers. Fontsource
 * splits a CJK font into about a hundred files by unicode-range; the CSS says which is which.
 * Satori reads WOFF, not WOFF2, so the `.woff` of each is taken.
 */
function facesOf(script: Script, weight: CardWeight): Face[] {
  const key = `${script}/${weight}`;
  let list = faces.get(key);
  if (!list) {
    const dir = packageDir(`@fontsource/${PACKAGE[script]}`);
    const css = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, `${weight}.css`), 'utf8');
    list = [
      ...css.matchAll(/url\(\.\/files\/([^)]+)\.woff2\)[^;]*;\s*unicode-range:\s*([^;]+);/g),
    ].map((m) => ({
      file: path.join(dir, 'files', `${m[1]}.woff`),
      ranges: (m[2] as string).split(',').map((range) => {
        const [from = '0', to] = range.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from, 16), parseInt(to ?? from, 16)] as [number, number];
      }),
    }));
    faces.set(key, list);
  }
  return list;
}

const covers = (face: Face, cp: number) => face.ranges.some(([a, b]) => cp >= a && cp <= b);

/**
 * The font files a card's text needs, in one weight: only those whose range holds one of its
 * characters (a card uses about ten of a hundred). Each gets a name of its own (`B0`, `B1`, … for
 * bold, `R0`, … for regular), because satori keeps one font per name: the card's font-family
 * lists them all (see `fontFamily`), and each glyph comes from the one file that has it.
 *
 * @throws CardError naming the characters no file covers (white space needs none)
 */
export function fontsFor(text: string, script: Script, weight: CardWeight): CardFont[] {
  const list = facesOf(script, weight);
  const points = [...new Set([...text].map((ch) => ch.codePointAt(0) as number))].filter(
    (cp) => !/\s/.test(String.fromCodePoint(cp)),
  );
  const missing = points.filter((cp) => !list.some((f) => covers(f, cp)));
  if (missing.length > 0) {
    const chars = missing.map((cp) => String.fromCodePoint(cp)).join('');
    throw new CardError(`no ${PACKAGE[script]} ${weight} font file covers “${chars}”`);
  }
  const prefix = weight === 700 ? 'B' : 'R';
  return list
    .filter((f) => points.some((cp) => covers(f, cp)))
    .map((f, i) => ({
      name: `${prefix}${i}`,
      data: readFont(f.file),
      weight,
      style: 'normal',
    }));
}

/** The CSS font-family that lists a set of card fonts. */
export function fontFamily(fonts: readonly CardFont[]): string {
  return fonts.map((f) => f.name).join(', ');
}

/** The text a card draws in each weight: the main text in bold, the rest regular. */
function cardTexts(content: CardContent): [string, CardWeight][] {
  return [
    [content.main, 700],
    [`${content.site}${content.source}${content.by}`, 400],
  ];
}

/**
 * Why some of an article's cards (its own, each section's, each quotation's) could not be
 * drawn: one message per card whose text has a character no font file covers (see
 * `fontsFor`), naming the card and the characters. Empty when every card can be drawn.
 */
export function undrawableCards(article: Article): string[] {
  const cards: [string, CardContent | undefined][] = [
    ['the article’s card', cardContent(article)],
    ...article.sections.map((s): [string, CardContent | undefined] => [
      `section ${s.id}’s card`,
      cardContent(article, 'section', s.id),
    ]),
    ...article.quotes.map((q): [string, CardContent | undefined] => [
      `quotation ${q.id}’s card`,
      cardContent(article, 'quote', q.id),
    ]),
  ];
  return cards.flatMap(([name, content]) =>
    (content ? cardTexts(content) : []).flatMap(([text, weight]) => {
      try {
        fontsFor(text, article.script, weight);
        return [];
      } catch (error) {
        if (error instanceof CardError) return [`${name}: ${error.message}`];
        throw error;
      }
    }),
  );
}
