// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleBody } from '@/components/article-html';
import { buildArticle, readingMinutes, type Article } from '@/lib/content/articles';
import { outlineOf } from '@/lib/content/outline';
import { passageOf } from '@/lib/content/passages';
import { getArticleSources, parseArticleFile, type ArticleSource } from '@/lib/content/sources';
import { SCRIPTS } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import {
  blockText,
  markPassage,
  PASSAGE_BLOCKS,
  selectedPassage,
  sentenceCount,
} from '@/browser/passages';
import { clearDom, loadHtml } from '../support/dom';

/**
 * A passage's sentences are counted by the build in the simplified source and found by the
 * reader's code in the page, in any script: both must find the same sentences. Checked on the
 * seed, every fixture interview and the hostile article, in every script.
 */
afterEach(clearDom);

const fixtures = path.resolve(__dirname, '../fixtures/articles');
const hostile = path.resolve(__dirname, '../fixtures/content/hostile');
const publicDir = path.resolve(__dirname, '../fixtures/public');

function sources(): ArticleSource[] {
  const out: ArticleSource[] = [...getArticleSources()];
  for (const dir of [fixtures, hostile]) {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const parsed = parseArticleFile(file, fs.readFileSync(path.join(dir, file), 'utf8'));
      out.push({ slug: file.slice(0, -3), ...parsed });
    }
  }
  return out;
}

function page(article: Article) {
  const labels = labelsFor(article.script);
  return loadHtml(articleBody(article, labels, readingMinutes(article.length)));
}

describe('passages, between the build and the page', () => {
  const all = sources();

  it('finds as many sentences in each paragraph of the page, in every script, as the build counts', () => {
    expect(all.length).toBeGreaterThan(15);
    let paragraphs = 0;
    for (const source of all) {
      const counts = outlineOf(source).sentences;
      for (const script of SCRIPTS) {
        const article = buildArticle(source, script, { publicDir });
        const { container } = page(article);
        const blocks = [...container.querySelectorAll(PASSAGE_BLOCKS)];
        const onPage = Object.fromEntries(
          blocks.map((b) => [b.id, sentenceCount(b)]).filter(([, n]) => n !== 0),
        );
        expect(onPage, `${source.slug} ${script}`).toEqual(counts);
        paragraphs += blocks.length;
        clearDom();
      }
    }
    expect(paragraphs).toBeGreaterThan(500);
  });

  it('marks on the page exactly the text the share page and card show, in every script', () => {
    for (const source of all.slice(0, 6)) {
      const counts = outlineOf(source).sentences;
      for (const script of SCRIPTS) {
        const article = buildArticle(source, script, { publicDir });
        const { container } = page(article);
        for (const [id, count] of Object.entries(counts)) {
          const block = container.querySelector(`[id="${id}"]`) as Element;
          for (const [from, to] of [
            [1, 1],
            [count, count],
            [1, Math.min(count, 3)],
          ] as const) {
            const shown = passageOf(article.body, id, from, to);
            markPassage({ block, range: { from, to } });
            const marked = [...block.querySelectorAll('mark.passage')]
              .map((m) => m.textContent)
              .join('');
            // The marks leave out the space between sentences on the page's own line breaks.
            expect(marked.replace(/\s/g, ''), `${source.slug} ${script} ${id} ${from}-${to}`).toBe(
              shown?.text.replace(/\s/g, ''),
            );
          }
        }
        clearDom();
      }
    }
  });

  it('reads a selection as the whole sentences it touches, up to three, in one paragraph', () => {
    const source = all.find((s) => s.slug === 'liu-qingfeng-general-ai') as ArticleSource;
    const article = buildArticle(source, 'zh-hant', { publicDir });
    const { container } = page(article);
    const block = container.querySelector('#p5') as Element;
    const { text, pieces } = blockText(block);
    const node = pieces[0]?.node as Text;
    const select = (from: number, to: number, end: Node = node) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(end, to);
      const selection = document.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      return selectedPassage(selection);
    };
    // p5: 我國曾於2017年出臺過《新一代人工智能發展規劃》。劉慶峰表示，…。但他同時表示，…。
    const second = text.indexOf('劉慶峰');
    expect(second).toBeGreaterThan(0);
    expect(select(second + 2, second + 4)?.range).toEqual({ from: 2, to: 2 });
    expect(select(3, second + 1)?.range).toEqual({ from: 1, to: 2 });
    expect(select(0, node.length)?.range).toEqual({ from: 1, to: 3 });
    // Across two paragraphs: nothing.
    const next = blockText(container.querySelector('#p6') as Element).pieces[0]?.node as Text;
    expect(select(0, 3, next)).toBeUndefined();
    // Outside the article's paragraphs (the headline): nothing.
    const title = container.querySelector('h1')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(title, 0);
    range.setEnd(title, 3);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    expect(selectedPassage(document.getSelection())).toBeUndefined();
  });
});
