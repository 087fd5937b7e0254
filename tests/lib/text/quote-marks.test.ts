import { describe, expect, it } from 'vitest';
import { quoteMarks, toCornerQuotes } from '@/lib/text/quote-marks';

describe('toCornerQuotes', () => {
  it('turns double quotation marks into 「」 and single ones into 『』', () => {
    expect(toCornerQuotes('他說：“開展‘人工智能+’行動。”')).toBe(
      '他說：「開展『人工智能+』行動。」',
    );
  });

  it('keeps an apostrophe inside a Latin word, or one that closes nothing', () => {
    expect(toCornerQuotes('O’Brien說“it’s fine”')).toBe('O’Brien說「it’s fine」');
    expect(toCornerQuotes('the students’ union')).toBe('the students’ union');
    expect(toCornerQuotes('‘it’s’')).toBe('『it’s』');
  });

  it('keeps the length, so runs cut at the same offsets', () => {
    const text = '“甲”‘乙’O’Neil';
    expect(toCornerQuotes(text)).toHaveLength(text.length);
  });

  it('leaves a quotation still open at a paragraph’s end open', () => {
    expect(toCornerQuotes('“第一段還沒完')).toBe('「第一段還沒完');
  });
});

describe('quoteMarks', () => {
  it('gives simplified “” and both traditional scripts 「」', () => {
    expect(quoteMarks('zh-hans')).toEqual({ open: '“', close: '”' });
    expect(quoteMarks('zh-hant')).toEqual({ open: '「', close: '」' });
    expect(quoteMarks('zh-hant-hk')).toEqual({ open: '「', close: '」' });
  });
});
