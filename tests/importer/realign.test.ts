import { describe, expect, it } from 'vitest';
import { fitsHole, HOLE, realign } from '../../scripts/importer/realign';

describe('realign', () => {
  it('reads a run that re-synchronised on an ASCII byte back in step', () => {
    // 任務重?!眲\uE576c峰: the late reading of 。”劉慶 (the seed, line 11)
    const { text, holes } = realign('!眲\uE576c', false);
    expect(text).toBe(`${HOLE}”劉慶`);
    expect(holes).toEqual([{ index: 0, trail: 0xa3 }]);
  });

  it('widens ASCII inside a run that NFKC flattened, and leaves a hole where a marker closed it', () => {
    // the seed, line 21: “我們有信心在通用大模型上不會 read one byte late; Ｐ was flattened to P
    const { text, holes } = realign('!拔覀冇行判脑谕ㄓ么竽P蜕喜粫', true);
    expect(text).toBe(`${HOLE}“我們有信心在通用大模型上不${HOLE}`);
    expect(holes.at(-1)).toEqual({ index: 15, lead: 0x95 });
  });

  it('keeps the ASCII that a trail byte became when the run ends inside a character', () => {
    // 因?yàn)橛辛薌PT: 為有了G, where the G of GPT was the trail byte of 薌
    expect(realign('橛辛薌', false).text).toBe(`${HOLE}有了G`);
  });

  it('returns one hole with nothing known for an empty run', () => {
    expect(realign('', true)).toEqual({ text: HOLE, holes: [{ index: 0 }] });
  });

  it('refuses a run that does not decode in step', () => {
    expect(() => realign('!眲', false)).toThrow(/does not decode in step/);
  });
});

describe('fitsHole', () => {
  it('accepts a character whose GBK bytes agree with the surviving byte', () => {
    expect(fitsHole('。', { index: 0, trail: 0xa3 })).toBe(true);
    expect(fitsHole('會', { index: 0, lead: 0x95 })).toBe(true);
  });

  it('rejects one that does not', () => {
    expect(fitsHole('，', { index: 0, trail: 0xa3 })).toBe(false);
    expect(fitsHole('会', { index: 0, lead: 0x95 })).toBe(false);
  });

  it('rejects what GBK cannot encode in two bytes', () => {
    expect(fitsHole('a', { index: 0 })).toBe(false);
    expect(fitsHole('😀', { index: 0 })).toBe(false);
  });
});
