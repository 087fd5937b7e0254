import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/lib/content/markdown';

/** The types of a paragraph's children, and its text. */
function first(markdown: string) {
  const node = parseMarkdown(markdown).children[0] as Nodes & { children: Nodes[] };
  return { types: node.children.map((c) => c.type), text: toString(node) };
}

describe('emphasis beside full-width punctuation', () => {
  it('closes a bold Q&A label typed with no space after it', () => {
    expect(first('**王明：**先说结论。')).toEqual({
      types: ['strong', 'text'],
      text: '王明：先说结论。',
    });
  });

  it('closes bold around quotation marks inside a sentence', () => {
    expect(first('墙上只有**“慢就是快”**这四个字').types).toEqual(['text', 'strong', 'text']);
  });

  it('closes italic beside a book title and a comma', () => {
    expect(first('他读过*《论语》*，也读过别的').types).toEqual(['text', 'emphasis', 'text']);
  });

  it('keeps a tilde between numbers as typed, not strikethrough', () => {
    expect(first('投入3~5万元')).toEqual({ types: ['text'], text: '投入3~5万元' });
    expect(first('从3~5万增加到8~10万')).toEqual({ types: ['text'], text: '从3~5万增加到8~10万' });
  });

  it('strikes through with two tildes, also beside full-width punctuation', () => {
    expect(first('这是~~错误~~，那是对的').types).toEqual(['text', 'delete', 'text']);
  });
});

describe('lines the editor wrapped', () => {
  it('leave no space between two Han characters', () => {
    expect(first('百分之六十的\n湿度').text).toBe('百分之六十的湿度');
  });

  it('leave no space between punctuation and Han, in either order', () => {
    expect(first('他说，\n“走吧。”\n于是')).toMatchObject({ text: '他说，“走吧。”于是' });
  });

  it('join across emphasis', () => {
    const { text, types } = first('这是**重点**\n内容，也是\n**重点**');
    expect(text).toBe('这是重点内容，也是重点');
    expect(types).toEqual(['text', 'strong', 'text', 'strong']);
  });

  it('stay one space between Latin words and between Latin and Han', () => {
    expect(first('做 open\nsource 软件').text).toBe('做 open source 软件');
    expect(first('使用 GPU\n训练').text).toBe('使用 GPU 训练');
  });

  it('drop the indentation of the next line with the break', () => {
    expect(first('第一行\n   第二行').text).toBe('第一行第二行');
  });

  it('keep a hard break', () => {
    const { types } = first('第一行  \n第二行');
    expect(types).toContain('break');
  });
});
