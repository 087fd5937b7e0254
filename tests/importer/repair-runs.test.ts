import { describe, expect, it } from 'vitest';
import { CORRECTIONS, type Correction } from '../../scripts/importer/corrections';
import { repairRun, repairRuns } from '../../scripts/importer/repair-runs';

const one = (damaged: string, lost: string, times = 1): Correction => ({
  damaged,
  lost,
  times,
  reason: 'test',
});

describe('repairRuns', () => {
  it('puts a sentence end, quotation mark and speaker back (seed line 11)', () => {
    const seed = '“時(shí)間緊,任務(wù)重?!眲\uE576c峰向《中國(guó)經(jīng)濟(jì)周刊》記者表示';
    expect(repairRuns(seed, [one('?!眲\uE576c', '。')])).toBe(
      '“時(shí)間緊,任務(wù)重。”劉慶峰向《中國(guó)經(jīng)濟(jì)周刊》記者表示',
    );
  });

  it('drops the stray reading of a marker and keeps the real one after it (seed line 9)', () => {
    const seed = '或?qū)⒏淖儺?dāng)前以人力';
    expect(repairRuns(seed, [one('?qū)⒏淖儺?dāng)', '將當')])).toBe('或將改變當前以人力');
  });

  it('repairs every place a run stands', () => {
    const seed = '規劃?!?/p> 規劃?!?/p>';
    expect(repairRuns(seed, [one('?!?', '。”', 2)])).toBe('規劃。”/p> 規劃。”/p>');
  });

  it('fails, naming the run, when it stands a different number of times', () => {
    expect(() => repairRuns('任務重?!眲\uE576c峰', [one('?!眲\uE576c', '。', 2)])).toThrow(
      /"\?!眲\uE576c": expected 2 time\(s\), found 1/,
    );
  });

  it('leaves text without damaged runs alone, a real question mark included', () => {
    const text = '國產大模型離全球最高水平有多大距離?劉慶峰表示';
    expect(repairRuns(text, [one('?!?', '。”', 0)])).toBe(text);
  });
});

describe('repairRun', () => {
  it('refuses a lost character that contradicts the byte that survived', () => {
    // 會 is 0x95FE; 会 is not in GBK's 0x95 row
    expect(() => repairRun(one('?!懊鎸?duì)', '。会'))).toThrow(/does not fit/);
  });

  it('refuses a table entry with too few or too many lost characters', () => {
    expect(() => repairRun(one('?!懊鎸?duì)', '。'))).toThrow(/2 character\(s\) lost, 1 given/);
  });

  it('refuses a run without its leading marker', () => {
    expect(() => repairRun(one('!懊鎸', '。'))).toThrow(/lost-byte marker/);
  });
});

describe('CORRECTIONS', () => {
  it('accounts for the 13 misread places the seed README counts', () => {
    expect(CORRECTIONS.reduce((sum, c) => sum + c.times, 0)).toBe(13);
  });

  it('gives every entry a reason', () => {
    for (const c of CORRECTIONS) expect(c.reason.length).toBeGreaterThan(20);
  });

  it('repairs each entry into text without markers or private-use characters', () => {
    for (const c of CORRECTIONS) {
      expect(repairRun(c)).not.toMatch(/[?\uE000-\uF8FF\uFFFD]/u);
    }
  });
});
