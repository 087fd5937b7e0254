import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '@/lib/text/sentences';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('ends a sentence at 。！？ and keeps the closing marks that follow with it', () => {
    expect(sentences('第一句。第二句！第三句？')).toEqual(['第一句。', '第二句！', '第三句？']);
    expect(sentences('“时间紧，任务重。”他说，“要加快。”')).toEqual([
      '“时间紧，任务重。”',
      '他说，“要加快。”',
    ]);
    expect(sentences('「時間緊，任務重。」他說，『要加快。』')).toEqual([
      '「時間緊，任務重。」',
      '他說，『要加快。』',
    ]);
    expect(sentences('（见附件。）下一句。')).toEqual(['（见附件。）', '下一句。']);
  });

  it('finds the sentences inside a long quotation, each on its own', () => {
    expect(sentences('他表示：“第一点。第二点！”')).toEqual(['他表示：“第一点。', '第二点！”']);
  });

  it('counts a run of ends as one, and what follows the last end as a sentence', () => {
    expect(sentences('真的吗？！当然。没有句号')).toEqual(['真的吗？！', '当然。', '没有句号']);
    expect(sentences('等一等……。好')).toEqual(['等一等……。', '好']);
  });

  it('reads ! and ? as ends only where no Latin letter or digit follows', () => {
    expect(sentences('Yahoo!Japan 的数据?对。')).toEqual(['Yahoo!Japan 的数据?', '对。']);
    expect(sentences('版本3.5发布。GPT-4/4V很好。')).toEqual(['版本3.5发布。', 'GPT-4/4V很好。']);
  });

  it('leaves space between sentences to neither, and finds none in space', () => {
    const text = ' 一。 \n 二。  ';
    expect(sentences(text)).toEqual(['一。', '二。']);
    expect(sentenceSpans(text)[1]).toEqual({ start: 6, end: 8 });
    expect(sentenceSpans('  \n ')).toEqual([]);
    expect(sentenceSpans('')).toEqual([]);
  });

  it('keeps a sentence’s line break inside it', () => {
    expect(sentences('第一行\n第二行。')).toEqual(['第一行\n第二行。']);
  });
});
