import { describe, expect, it } from 'vitest';
import { findSpeech } from '@/lib/speech/speech';

/** findSpeech, the speech room's door: handed plain texts, it gives back turns and utterances. */

const NO_SECTIONS = new Set<number>();
const text = (texts: readonly (string | null)[], paragraph: number, start: number, end: number) =>
  (texts[paragraph] as string).slice(start, end);

describe('findSpeech', () => {
  it('finds nothing when the article names nobody', () => {
    const texts = ['刘庆峰说：“算力是基础。”'];
    expect(findSpeech(texts, NO_SECTIONS, { people: [] })).toEqual({
      turns: [undefined],
      utterances: [],
    });
  });

  it('gives back a Q&A answer with the unlabelled paragraphs after it as one utterance, label excluded', () => {
    const texts = [
      '记者：为什么要做大模型？',
      '刘庆峰：因为这是必答题。',
      '第二段回答接着写。',
      '记者：下一步呢？',
    ];
    const { turns, utterances } = findSpeech(texts, NO_SECTIONS, { people: ['刘庆峰'] });
    expect(turns.map((t) => t?.role)).toEqual(['question', 'answer', 'answer', 'question']);
    expect(utterances).toHaveLength(1);
    const [answer] = utterances;
    expect(answer?.answer).toBe(true);
    expect(answer?.parts.map((p) => text(texts, p.paragraph, p.start, p.end))).toEqual([
      '因为这是必答题。',
      '第二段回答接着写。',
    ]);
  });

  it('gives back only the interviewee’s words, in reading order, though it finds everyone’s', () => {
    const texts = ['“先做教育。”王明说。', '“再做医疗。”刘庆峰说，“最后是工业。”'];
    const { utterances } = findSpeech(texts, NO_SECTIONS, { people: ['刘庆峰', '王明'] });
    expect(utterances.map((u) => u.speaker)).toEqual(['刘庆峰']);
    expect(utterances[0]?.parts.map((p) => text(texts, p.paragraph, p.start, p.end))).toEqual([
      '“再做医疗。”',
      '“最后是工业。”',
    ]);
  });

  it('gives a block that is nobody’s speech (null) no turn and no words', () => {
    const texts = ['刘庆峰：这是回答。', null, '记者：好的。'];
    const { turns, utterances } = findSpeech(texts, NO_SECTIONS, { people: ['刘庆峰'] });
    expect(turns[1]).toBeUndefined();
    expect(utterances.flatMap((u) => u.parts.map((p) => p.paragraph))).toEqual([0]);
  });

  it('ends a turn at a section start', () => {
    const texts = ['刘庆峰：这是回答。', '新的一节开头。'];
    const { turns } = findSpeech(texts, new Set([1]), { people: ['刘庆峰'] });
    expect(turns[1]).toBeUndefined();
  });
});
