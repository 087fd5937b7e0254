import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { buildArticle, type Article } from '@/lib/content/articles';
import { parseArticleFile } from '@/lib/content/sources';
import { anchorsOf, textOf, type Anchor } from '@/lib/content/tree';
import type { Script } from '@/lib/text/scripts';

/**
 * The fixture corpus: interviews written for the purpose (tests/fixtures/articles/<name>.md,
 * fictional, narrative and Q&A), each with <name>.expect.json:
 * - `hant.contains` / `hant.excludes`: strings the traditional page must and must not hold;
 * - `utterances`: a fragment of each of the interviewee's utterances (a long quotation over
 *   several paragraphs may have one for each paragraph), in reading order;
 * - `notInterviewee`: words of others (and questions) never attributed to the interviewee.
 * Each article goes through the whole pipeline (read, check, parse, convert) in both scripts.
 */
const root = path.resolve(__dirname, '../../fixtures/articles');
/** The fixtures' images, as public/ holds them on a site that serves the fixtures. */
const publicDir = path.resolve(__dirname, '../../fixtures/public');
const names = fs
  .readdirSync(root)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3));

type Blocks = { figures: number; tables: number; blockquotes: number; lists: number; breaks: number };

type Expect = {
  hant: { contains: string[]; excludes: string[] };
  utterances: string[];
  notInterviewee: string[];
  /** How many of each block the editor typed, for fixtures typed with them. */
  blocks?: Blocks;
};

/** A block's text as a reader sees it: a paragraph's, a figure's caption and alt text, a table's. */
function blockText({ node }: Anchor): string {
  const alt = node.type === 'figure' ? node.children.map((c) => ('alt' in c ? c.alt : '')) : [];
  return [textOf(node), ...alt].join('\n');
}

/** Every node of a tree, depth first. */
const nodesOf = (node: Nodes): Nodes[] => [
  node,
  ...('children' in node ? node.children.flatMap((c) => nodesOf(c as Nodes)) : []),
];

/** The blocks of an article, counted: each block quote and list once, however many paragraphs. */
function countBlocks(a: Article): Blocks {
  const nodes = nodesOf(a.body);
  const count = (type: string) => nodes.filter((n) => n.type === type).length;
  return {
    figures: count('figure'),
    tables: count('table'),
    blockquotes: count('blockquote'),
    lists: count('list'),
    breaks: count('thematicBreak'),
  };
}

function load(name: string, script: Script): Article {
  const file = `${name}.md`;
  const parsed = parseArticleFile(file, fs.readFileSync(path.join(root, file), 'utf8'));
  return buildArticle({ slug: name, ...parsed }, script, { publicDir });
}

/** Everything a reader sees of an article, as text. */
function visibleText(a: Article): string {
  return [
    a.title,
    a.description,
    a.publication,
    a.issue,
    a.reporter.name,
    a.interviewee.name,
    a.interviewee.role,
    a.credit ?? '',
    ...anchorsOf(a.body).map(blockText),
    ...a.quotes.flatMap((q) => q.parts),
  ].join('\n');
}

/** Taiwan's forms in Hong Kong's variants, as OpenCC writes them (峰 stays: names are apart). */
const toHk = OpenCC.Converter({ from: 'tw', to: 'hk' });

const quoteText = (a: Article) => a.quotes.map((q) => q.parts.join(''));

const tally = { expected: 0, found: 0, attributed: 0, correct: 0 };

describe('the fixture corpus', () => {
  it('holds at least 8 interviews of 600 to 1500 characters', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      const body = fs.readFileSync(path.join(root, `${name}.md`), 'utf8').split(/^---$/m)[2] ?? '';
      // Counted as Chinese publishing counts 字数: characters and full-width punctuation.
      const chars = body.match(/[^\s\x00-\x7f]/g)?.length ?? 0;
      expect({ name, ok: chars >= 600 && chars <= 1500, chars }).toMatchObject({ ok: true });
    }
  });

  for (const name of names) {
    const expected = JSON.parse(
      fs.readFileSync(path.join(root, `${name}.expect.json`), 'utf8'),
    ) as Expect;

    describe(name, () => {
      const hans = load(name, 'zh-hans');
      const hant = load(name, 'zh-hant');

      it('reads right in traditional: names, phrases, no over-correction', () => {
        const text = visibleText(hant);
        for (const s of expected.hant.contains) expect(text, `has ${s}`).toContain(s);
        for (const s of expected.hant.excludes) expect(text, `lacks ${s}`).not.toContain(s);
      });

      it('reads right in Hong Kong’s standard too: the same words in its variants', () => {
        // Hong Kong's text differs from Taiwan's only in variants (裡 → 裏, 著 → 着), except
        // names, which keep Taiwan's forms: each expected string in one form or the other.
        const text = visibleText(load(name, 'zh-hant-hk'));
        for (const s of expected.hant.contains) {
          expect([s, toHk(s)].some((form) => text.includes(form)), `has ${toHk(s)}`).toBe(true);
        }
        // Excluded forms as written, but for one that is Hong Kong's variant of an expected
        // form (後臺 is 後台 there).
        const hkForms = new Set(expected.hant.contains.map(toHk));
        for (const s of expected.hant.excludes.filter((e) => !hkForms.has(e))) {
          expect(text, `lacks ${s}`).not.toContain(s);
        }
      });

      it('finds every utterance of the interviewee, and nobody else’s', () => {
        const quotes = quoteText(hans);
        const found = expected.utterances.filter((u) => quotes.some((q) => q.includes(u)));
        const correct = quotes.filter((q) => expected.utterances.some((u) => q.includes(u)));
        tally.expected += expected.utterances.length;
        tally.found += found.length;
        tally.attributed += quotes.length;
        tally.correct += correct.length;
        expect(expected.utterances.filter((u) => !found.includes(u))).toEqual([]);
        expect(quotes.filter((q) => !correct.includes(q))).toEqual([]);
        for (const s of expected.notInterviewee) {
          expect(quotes.filter((q) => q.includes(s))).toEqual([]);
        }
      });

      if (expected.blocks) {
        it('keeps the blocks the editor typed', () => {
          expect(countBlocks(hans)).toEqual(expected.blocks);
          expect(countBlocks(hant)).toEqual(expected.blocks);
        });
      }

      it('has the same utterances, ids and sections in both scripts', () => {
        expect(hant.quotes.map((q) => q.id)).toEqual(hans.quotes.map((q) => q.id));
        expect(hant.sections.map((s) => s.id)).toEqual(hans.sections.map((s) => s.id));
        expect(hant.quotes.map((q) => q.parts.length)).toEqual(
          hans.quotes.map((q) => q.parts.length),
        );
      });
    });
  }

  afterAll(() => {
    const recall = tally.found / tally.expected;
    const precision = tally.correct / tally.attributed;
    console.log(
      `attribution over the corpus: recall ${tally.found}/${tally.expected} = ${recall.toFixed(3)}, precision ${tally.correct}/${tally.attributed} = ${precision.toFixed(3)}`,
    );
  });
});
