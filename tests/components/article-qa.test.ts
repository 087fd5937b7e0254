// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleBody } from '@/components/article-html';
import { buildArticle } from '@/lib/content/articles';
import { parseArticleFile } from '@/lib/content/sources';
import { labelsFor } from '@/lib/web/labels';
import type { Script } from '@/lib/text/scripts';
import { clearDom, loadHtml } from '../support/dom';

afterEach(clearDom);

/** A Q&A interview from the fixture corpus, rendered as the page renders it. */
function renderFixture(name: string, script: Script) {
  const file = path.resolve(__dirname, '../fixtures/articles', `${name}.md`);
  const source = parseArticleFile(`${name}.md`, fs.readFileSync(file, 'utf8'));
  const article = buildArticle({ slug: name, ...source }, script);
  const { container } = loadHtml(articleBody(article, labelsFor(script), 2));
  return { article, container };
}

describe('a Q&A interview on the page', () => {
  it.each([
    ['zh-hans', '《东方财经》：', '涂国栋：'],
    ['zh-hant', '《東方財經》：', '涂國棟：'],
  ] as const)('marks speaker labels and sets questions apart in %s', (script, asker, answerer) => {
    const { container } = renderFixture('tu-guodong-qa', script);
    const labels = [...container.querySelectorAll('.turn-label')].map((el) =>
      el.textContent?.trim(),
    );
    expect(labels).toContain(asker);
    expect(labels).toContain(answerer);
    const questions = container.querySelectorAll('p.turn-question');
    expect(questions.length).toBe(6);
    for (const q of questions) expect(q.querySelector('.utterance')).toBeNull();
    expect(
      container.querySelectorAll('p.turn-answer .utterance[id]').length,
    ).toBeGreaterThanOrEqual(8);
  });

  it('links each answer from the quotes panel by its opening sentence', () => {
    const { article, container } = renderFixture('tu-guodong-qa', 'zh-hans');
    const entries = [...container.querySelectorAll('.quotes-panel li')];
    expect(entries.length).toBe(article.quotes.length);
    const first = entries[0];
    expect(first?.querySelector('blockquote')?.textContent).toBe(
      '我在国外做了十几年芯片设计，一直有一个心愿，就是把最好的设计能力带回国内。',
    );
    const href = first?.querySelector('a')?.getAttribute('href') ?? '';
    const target = container.querySelector(`[id="${href.slice(1)}"]`);
    expect(target?.closest('p')?.classList.contains('turn-answer')).toBe(true);
    expect(first?.hasAttribute('data-answer')).toBe(true);
  });

  it('gives a continued answer one id, with its later paragraphs as parts', () => {
    const { article, container } = renderFixture('tu-guodong-qa', 'zh-hans');
    const third = article.quotes.find((q) => q.parts.length === 2);
    expect(third?.parts[1]).toContain('后来我想通了');
    expect(container.querySelector(`[id="${third?.id}-2"]`)?.textContent).toContain('后来我想通了');
  });
});
