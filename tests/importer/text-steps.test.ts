import { describe, expect, it } from 'vitest';
import { dropChrome } from '../../scripts/importer/chrome';
import { stripPinyin } from '../../scripts/importer/pinyin';
import { restorePunctuation } from '../../scripts/importer/punctuation';
import { toSimplified } from '../../scripts/importer/simplify';

describe('stripPinyin', () => {
  it('removes readings after Han characters (seed line 1)', () => {
    expect(stripPinyin('科大訊飛董事長(zhǎng)劉慶峰: 加快推動(dòng)我國(guó)')).toBe(
      '科大訊飛董事長劉慶峰: 加快推動我國',
    );
  });

  it('keeps parentheses that are not readings', () => {
    expect(stripPinyin('(本文刊發(fā)于《中國(guó)經(jīng)濟(jì)周刊》2024年第6期)')).toBe(
      '(本文刊發于《中國經濟周刊》2024年第6期)',
    );
    expect(stripPinyin('GPT-4(beta) 模型(Model)')).toBe('GPT-4(beta) 模型(Model)');
  });
});

describe('restorePunctuation', () => {
  it('makes marks beside Chinese full-width and drops the space after them', () => {
    expect(restorePunctuation('劉慶峰: 加快推動')).toBe('劉慶峰：加快推動');
    expect(restorePunctuation('時間緊,任務重')).toBe('時間緊，任務重');
    expect(restorePunctuation('有多大距離?劉慶峰表示')).toBe('有多大距離？劉慶峰表示');
  });

  it('counts a Chinese character on either side (seed line 31)', () => {
    expect(restorePunctuation('還是GPT-4,因為')).toBe('還是GPT-4，因為');
    expect(restorePunctuation('最好水平”,但隨著')).toBe('最好水平”，但隨著');
  });

  it('leaves punctuation between Latin letters and digits alone', () => {
    expect(restorePunctuation('GPT-4/4V, DALL-E3: ok?')).toBe('GPT-4/4V, DALL-E3: ok?');
  });

  it('makes parentheses around Chinese full-width', () => {
    expect(restorePunctuation('(本文刊發于《中國經濟周刊》2024年第6期)')).toBe(
      '（本文刊發于《中國經濟周刊》2024年第6期）',
    );
  });
});

describe('dropChrome', () => {
  it('drops blank lines, the back-to-top link and stray end tags, keeping line numbers', () => {
    const lines = dropChrome('標題\n\n正文。”/p>\n\n\n頂部');
    expect(lines).toEqual([
      { line: 1, text: '標題' },
      { line: 3, text: '正文。”' },
    ]);
  });
});

describe('toSimplified', () => {
  it('converts the scrape’s traditional characters, its per-character slips included', () => {
    expect(toSimplified('人工智能發展受制于算力與人才')).toBe('人工智能发展受制于算力与人才');
    expect(toSimplified('隨著GPT-5的發布，並在行業應用')).toBe('随着GPT-5的发布，并在行业应用');
  });
});
