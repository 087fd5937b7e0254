import { describe, expect, it } from 'vitest';
import { converterFor, toScript } from '@/lib/script';

const hant = (text: string) => toScript(text, 'zh-hant');

describe('toScript to zh-hant', () => {
  it.each([
    ['人工智能发展受制于算力与人才', '受制於'],
    ['都是基于GPT-4/4V的底座能力平台', '基於'],
    ['对于国内大模型来说', '對於'],
    ['我国曾于2017年出台过', '曾於'],
    ['本文刊发于《中国经济周刊》', '刊發於'],
    ['不会出现代差级落后的差距', '落後'],
    ['并在行业应用和价值创造上', '並'],
    ['我们并没有那么惊讶', '那麼'],
    ['面对行业冲击和劳动力市场变化', '衝擊'],
    ['超复杂深度理解', '複雜'],
    ['产业复合型创新人才', '複合'],
    ['已具备非常扎实的技术储备', '紮實'],
    ['大模型创新不断涌现', '湧現'],
    ['刘庆峰表示', '劉慶峰'],
  ])('gets the hard case in %s right (%s)', (simplified, expected) => {
    expect(hant(simplified)).toContain(expected);
  });

  it('never writes the chairman’s name as 劉慶峯', () => {
    expect(hant('科大讯飞董事长刘庆峰：刘庆峰说')).toBe('科大訊飛董事長劉慶峰：劉慶峰說');
  });

  it('leaves vocabulary alone: Taiwan phrasing is not put in anyone’s mouth', () => {
    const out = hant('人工智能、数据、芯片和视频');
    expect(out).toBe('人工智能、數據、芯片和視頻');
    expect(out).not.toMatch(/人工智慧|資料|晶片|影片/);
  });

  it('keeps the magazine’s own name', () => {
    expect(hant('《中国经济周刊》')).toBe('《中國經濟周刊》');
  });

  it('returns simplified text unchanged for zh-hans', () => {
    expect(toScript('刘庆峰表示', 'zh-hans')).toBe('刘庆峰表示');
  });

  it('protects names given by an article, with the form it gives', () => {
    // Without protection OpenCC writes the surnames 范 and 余 as 範 and 餘.
    expect(hant('范')).toBe('範');
    const convert = converterFor('zh-hant', [
      ['范小余', '范小余'],
      ['余光', '余光'],
    ]);
    expect(convert('记者范小余与余光对话')).toBe('記者范小余與余光對話');
  });

  it('prefers the longer of two overlapping terms', () => {
    const convert = converterFor('zh-hant', [
      ['范', '範'],
      ['范余', '范余'],
    ]);
    expect(convert('范余说')).toBe('范余說');
  });

  it('passes text already in the Private Use Area through', () => {
    expect(hant('\uE000刘庆峰\uE001')).toBe('\uE000劉慶峰\uE001');
  });

  it('handles empty text', () => {
    expect(hant('')).toBe('');
  });
});
