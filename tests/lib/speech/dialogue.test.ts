import { describe, expect, it } from 'vitest';
import { readTurns } from '@/lib/speech/dialogue';

const cast = { interviewee: '陈默', reporter: '李四', publication: '南方周刊', people: ['王五'] };
const roles = (texts: string[], starts: number[] = []) =>
  readTurns(texts, new Set(starts), cast).map((t) => t && `${t.role}:${t.speaker}:${t.label}`);

describe('readTurns', () => {
  it.each([
    ['《南方周刊》：为什么？', 'question::7'],
    ['《南方周刊》记者：为什么？', 'question::9'],
    ['南方周刊: 为什么？', 'question::6'],
    ['记者：为什么？', 'question::3'],
    ['问：为什么？', 'question::2'],
    ['主持人：请讲。', 'question::4'],
    ['李四：为什么？', 'question::3'],
    ['陈默：因为。', 'answer:陈默:3'],
    ['答:因为。', 'answer:陈默:2'],
    ['某公司董事长陈默：因为。', 'answer:陈默:9'],
    ['陈先生：因为。', 'answer:陈默:4'],
    ['王五：我补充。', 'remark:王五:3'],
  ])('reads the label of %s', (text, turn) => {
    expect(roles([text])).toEqual([turn]);
  });

  it.each([
    '赵六：谁也不认识这个人。',
    '一位老员工告诉陈默：“您是对的。”',
    '陈默说：“好。”',
    '第一，陈默：不对。',
  ])('leaves %s a plain paragraph', (text) => {
    expect(roles([text])).toEqual([undefined]);
  });

  it('goes on with an answer in the paragraphs after it, up to a label or a heading', () => {
    expect(
      roles(
        ['问：为什么？', '答：因为。', '还有一点。', '问：然后呢？', '答：然后。', '新一节。'],
        [5],
      ),
    ).toEqual([
      'question::2',
      'answer:陈默:2',
      'answer:陈默:0',
      'question::2',
      'answer:陈默:2',
      undefined,
    ]);
  });

  it('never goes on with a question, nor past an unknown speaker', () => {
    expect(roles(['问：为什么？', '旁白。', '王五：我说。', '赵六：我也说。', '接着。'])).toEqual([
      'question::2',
      undefined,
      'remark:王五:3',
      undefined,
      undefined,
    ]);
  });
});
