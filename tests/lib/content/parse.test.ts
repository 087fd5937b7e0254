import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { parseArticle } from '@/lib/content/parse';
import { sectionsOf, textOf } from '@/lib/content/tree';

const ids = (md: string) => {
  const { lede, sections } = sectionsOf(parseArticle(md));
  return {
    lede: lede.map((b) => b.id),
    sections: sections.map((s) => [s.id, s.blocks.map((b) => b.id)]),
  };
};

/** Every node of a tree, depth first. */
const nodesOf = (node: Nodes): Nodes[] => [
  node,
  ...('children' in node ? node.children.flatMap((c) => nodesOf(c as Nodes)) : []),
];

describe('parseArticle', () => {
  it('splits the lede from the sections', () => {
    const a = sectionsOf(
      parseArticle('导语一。\n\n导语二。\n\n## 第一节\n\n正文一。\n\n## 第二节\n\n正文二。'),
    );
    expect(a.lede.map((b) => textOf(b.node))).toEqual(['导语一。', '导语二。']);
    expect(a.sections.map((s) => s.heading)).toEqual(['第一节', '第二节']);
    expect(a.sections[1]?.blocks.map((b) => textOf(b.node))).toEqual(['正文二。']);
  });

  it('gives sections the slug of their simplified heading and paragraphs their position', () => {
    expect(ids('甲。\n\n## 人工智能发展受制于算力与人才\n\n乙。\n\n丙。')).toEqual({
      lede: ['p1'],
      sections: [['人工智能发展受制于算力与人才', ['p2', 'p3']]],
    });
  });

  it('keeps every id when a typo inside a paragraph is corrected', () => {
    const before = ids('导语。\n\n## 第一节\n\n这是错字。\n\n后文。');
    const after = ids('导语。\n\n## 第一节\n\n这是正字，还多了几个字。\n\n后文。');
    expect(after).toEqual(before);
  });

  it('numbers repeated headings so ids stay unique', () => {
    expect(ids('## 问答\n\n甲。\n\n## 问答\n\n乙。').sections.map(([id]) => id)).toEqual([
      '问答',
      '问答-1',
    ]);
  });

  it('keeps an empty section', () => {
    expect(ids('## 空\n\n## 有\n\n甲。').sections).toEqual([
      ['空', []],
      ['有', ['p1']],
    ]);
  });

  it('takes explicit ids and never hands them out again', () => {
    expect(ids('## 第一节 {#p2}\n\n甲。\n\n乙。 {#keep}')).toEqual({
      lede: [],
      sections: [['p2', ['p1', 'keep']]],
    });
    expect(ids('甲。\n\n乙。\n\n丙。 {#p2}').lede).toEqual(['p1', 'p2-1', 'p2']);
  });

  it('never lets a heading take the shape of a paragraph id', () => {
    expect(ids('## P3\n\n甲。').sections[0]?.[0]).toBe('s-p3');
  });

  it('returns an empty article for an empty body', () => {
    expect(parseArticle('').children).toEqual([]);
  });

  it('keeps emphasis and safe links, drops raw HTML and unsafe link targets', () => {
    const tree = parseArticle(
      '*强调* **加粗** [链接](https://example.com) [坏](javascript:alert(1)) <b onmouseover="x()">字</b>\n\n<script>alert(1)</script>',
    );
    expect(tree.children).toHaveLength(1);
    const nodes = nodesOf(tree);
    const text = (type: string) => nodes.filter((n) => n.type === type).map(textOf);
    expect(text('emphasis')).toEqual(['强调']);
    expect(text('strong')).toEqual(['加粗']);
    expect(nodes.filter((n) => n.type === 'link').map((n) => [textOf(n), 'url' in n && n.url])).toEqual([
      ['链接', 'https://example.com'],
    ]);
    expect(nodes.some((n) => n.type === 'html')).toBe(false);
    expect(JSON.stringify(tree)).not.toMatch(/javascript|script|onmouseover/);
    expect(textOf(tree)).toContain('坏');
  });
});
