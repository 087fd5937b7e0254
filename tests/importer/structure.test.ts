import { describe, expect, it } from 'vitest';
import { recognise } from '../../scripts/importer/structure';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe('recognise', () => {
  const article = recognise(
    lines(
      '某某研究院院长张三：谈一谈',
      '《某周刊》 记者 李四',
      '导语一。',
      '导语二？',
      '第一节',
      '正文一。',
      '第二节',
      '正文二。”',
      '（本文刊发于《某周刊》2025年第1期）',
    ),
  );

  it('finds headline, byline, people and credit', () => {
    expect(article).toMatchObject({
      title: '某某研究院院长张三：谈一谈',
      publication: '某周刊',
      issue: '2025年第1期',
      reporter: '李四',
      interviewee: { name: '张三', role: '某某研究院院长' },
      credit: '本文刊发于《某周刊》2025年第1期',
    });
  });

  it('splits lede and sections at lines that end no sentence', () => {
    expect(article.lede).toEqual(['导语一。', '导语二？']);
    expect(article.sections).toEqual([
      { heading: '第一节', paragraphs: ['正文一。'] },
      { heading: '第二节', paragraphs: ['正文二。”'] },
    ]);
  });

  it('names the seed line when the byline is missing', () => {
    expect(() => recognise(lines('标题', '正文。', '（本文刊发于《某周刊》2025年第1期）'))).toThrow(
      /^seed line 2: expected a byline/,
    );
  });

  it('names the seed line when the credit is missing', () => {
    expect(() => recognise(lines('院长张三：谈', '《某周刊》 记者 李四', '正文。'))).toThrow(
      /^seed line 3: expected a closing credit/,
    );
  });

  it('refuses a credit that names another publication', () => {
    expect(() =>
      recognise(
        lines(
          '院长张三：谈',
          '《某周刊》 记者 李四',
          '正文。',
          '（本文刊发于《别刊》2025年第1期）',
        ),
      ),
    ).toThrow(/credit names 《别刊》 but the byline 《某周刊》/);
  });

  it('refuses a headline that names nobody', () => {
    expect(() =>
      recognise(
        lines('谈一谈', '《某周刊》 记者 李四', '正文。', '（本文刊发于《某周刊》2025年第1期）'),
      ),
    ).toThrow(/^seed line 1: headline/);
  });
});
