import { describe, expect, it } from 'vitest';
import { paragraphText, type Paragraph } from '@/lib/content/blocks';
import { parseArticle } from '@/lib/content/parse';

const all = (markdown: string, people: string[] = ['张三']) => {
  const parsed = parseArticle(markdown, { people });
  return {
    paragraphs: [...parsed.lede, ...parsed.sections.flatMap((s) => s.paragraphs)],
    quotes: parsed.quotes,
  };
};
const ids = (ps: Paragraph[]) => ps.map((p) => p.id);

describe('blocks an editor types', () => {
  it('keeps a block quote as a frame around its paragraphs, never speech', () => {
    const { paragraphs, quotes } = all(
      '> 编者按：张三说：“这是编者的话，不是他的话。”\n>\n> 第二段。\n\n正文。',
    );
    expect(ids(paragraphs)).toEqual(['p1', 'p2', 'p3']);
    expect(paragraphs[0]?.frames).toEqual([{ kind: 'blockquote', group: 1 }]);
    expect(paragraphs[1]?.frames).toEqual([{ kind: 'blockquote', group: 1 }]);
    expect(paragraphs[2]?.frames).toBeUndefined();
    expect(quotes).toEqual([]);
  });

  it('keeps lists: ordered with their start, bulleted, one frame per item', () => {
    const { paragraphs } = all('3. 第三条\n4. 第四条\n\n- 甲\n- 乙');
    expect(paragraphs.map((p) => p.frames)).toEqual([
      [{ kind: 'ol', group: 1, item: 0, start: 3 }],
      [{ kind: 'ol', group: 1, item: 1, start: 3 }],
      [{ kind: 'ul', group: 2, item: 0 }],
      [{ kind: 'ul', group: 2, item: 1 }],
    ]);
  });

  it('finds speech inside a list item like anywhere else', () => {
    const { quotes } = all('1. 张三说：“先把技术吃透，再谈规模。”\n2. 第二条。');
    expect(quotes.map((q) => q.id)).toEqual(['p1-q1']);
  });

  it('makes an image alone in its paragraph a figure: title as caption, alt as alt', () => {
    const { paragraphs } = all('![温室](/images/a.jpg "坡地上的温室")\n\n![仓库](/images/b.png)');
    expect(paragraphs[0]?.figure).toEqual({ src: '/images/a.jpg', alt: '温室' });
    expect(paragraphText(paragraphs[0] as Paragraph)).toBe('坡地上的温室');
    expect(paragraphs[1]?.figure).toEqual({ src: '/images/b.png', alt: '仓库' });
    expect(paragraphText(paragraphs[1] as Paragraph)).toBe('仓库');
  });

  it('lets a figure take an explicit id, and leaves an image inside text as its alt text', () => {
    const { paragraphs } = all('![图](/images/a.jpg) {#fig-a}\n\n前文![小图](/images/b.png)后文');
    expect(paragraphs[0]?.id).toBe('fig-a');
    expect(paragraphs[1]?.figure).toBeUndefined();
    expect(paragraphText(paragraphs[1] as Paragraph)).toBe('前文小图后文');
  });

  it('keeps a table as one block with its alignment and cells', () => {
    const { paragraphs } = all('| 年份 | 碗数 |\n| --- | ---: |\n| 2015 | **300** |');
    const table = paragraphs[0]?.table;
    expect(table?.align).toEqual([null, 'right']);
    expect(table?.rows.map((row) => row.map((cell) => cell.map((r) => r.text).join('')))).toEqual([
      ['年份', '碗数'],
      ['2015', '300'],
    ]);
    expect(table?.rows[1]?.[1]?.[0]?.marks).toEqual({ strong: true });
  });

  it('marks a section break on the paragraph after it, not at the start', () => {
    const { paragraphs } = all('***\n\n甲。\n\n***\n\n乙。');
    expect(paragraphs.map((p) => p.breakBefore)).toEqual([undefined, true]);
  });

  it('reads a Q&A label typed with no space after the bold', () => {
    const parsed = parseArticle('**问：**为什么？\n\n**张三：**因为\n喜欢。', { people: ['张三'] });
    const [question, answer] = parsed.lede;
    expect([question?.turn, answer?.turn]).toEqual(['question', 'answer']);
    expect(paragraphText(answer as Paragraph)).toBe('张三：因为喜欢。');
    expect(parsed.quotes.map((q) => q.id)).toEqual(['p2-q1']);
  });
});
