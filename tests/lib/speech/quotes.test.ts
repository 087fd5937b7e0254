import { describe, expect, it } from 'vitest';
import { SOMEONE_ELSE, SpeechFinder } from '@/lib/speech/quotes';

/**
 * The speech finder rule by rule, as speech/quotes.ts documents them: for each rule a case it
 * must find and a near miss it must not take for speech (or must give to someone else). Texts
 * are plain simplified paragraphs, as the finder is handed them; whole articles are tested in
 * tests/lib/content/parse-fixtures.test.ts.
 */

/** Each utterance as its speaker (`?` for someone the article does not know) and its parts' text. */
function utterances(texts: string[], people: string[]): [string, ...string[]][] {
  const { utterances: found } = new SpeechFinder(people).findAll(texts);
  return found.map((u) => [
    u.speaker === SOMEONE_ELSE ? '?' : u.speaker,
    ...u.parts.map((p) => (texts[p.paragraph] as string).slice(p.start, p.end)),
  ]);
}

const LIU = ['刘庆峰'];

describe('rule 1: a quotation split around its attribution is one utterance', () => {
  it('joins the part after `刘庆峰说，` to the part before', () => {
    const text = '“算力是第一位的。”刘庆峰说，“人才是第二位的。”';
    expect(utterances([text], LIU)).toEqual([
      ['刘庆峰', '“算力是第一位的。”', '“人才是第二位的。”'],
    ]);
  });

  it('near miss: a sentence ends after the attribution, so the next quotation is not a part', () => {
    const text = '“算力是第一位的。”刘庆峰说。会场安静下来，“人才是第二位的。”';
    const found = utterances([text], LIU);
    expect(found[0]).toEqual(['刘庆峰', '“算力是第一位的。”']);
  });
});

describe('rule 2: a quotation cited from a document is nobody’s speech', () => {
  it('leaves a quotation of a government work report unattributed, even when a person cites it', () => {
    const text =
      '刘庆峰说，政府工作报告提出，要“深入推进数字经济创新发展，制定支持数字经济高质量发展政策”。';
    expect(utterances([text], LIU)).toEqual([]);
  });

  it('near miss: the same words said by a person are theirs', () => {
    const text = '刘庆峰表示，“要深入推进数字经济创新发展，制定支持数字经济高质量发展政策”。';
    expect(utterances([text], LIU)).toEqual([
      ['刘庆峰', '“要深入推进数字经济创新发展，制定支持数字经济高质量发展政策”'],
    ]);
  });
});

describe('rule 3: attributed after the closing mark, to a known person', () => {
  it('finds `”刘庆峰向《中国经济周刊》记者表示`', () => {
    const text = '“大模型的竞争，归根到底是算力的竞争。”刘庆峰向《中国经济周刊》记者表示。';
    expect(utterances([text], LIU)).toEqual([['刘庆峰', '“大模型的竞争，归根到底是算力的竞争。”']]);
  });

  it('takes even a word too short for a sentence as theirs (a term otherwise, rule 4)', () => {
    const text = '会不会放弃？“不会”，刘庆峰答道。';
    expect(utterances([text], LIU)).toEqual([['刘庆峰', '“不会”']]);
  });

  it('near miss: a person named after the mark without a speech verb says nothing', () => {
    const text = '“大模型的竞争，归根到底是算力的竞争。”这句话挂在刘庆峰办公室的墙上。';
    expect(utterances([text], LIU)).toEqual([]);
  });
});

describe('rule 4: a short term or slogan is not speech', () => {
  it('leaves `“主战场”` alone, even in a sentence the interviewee says', () => {
    const text = '刘庆峰说，教育是人工智能落地的“主战场”。';
    expect(utterances([text], LIU)).toEqual([]);
  });

  it('near miss: a whole sentence after a speech verb is speech', () => {
    const text = '刘庆峰说：“教育是人工智能落地的主战场，我们必须赢。”';
    expect(utterances([text], LIU)).toEqual([
      ['刘庆峰', '“教育是人工智能落地的主战场，我们必须赢。”'],
    ]);
  });
});

describe('rule 5: attributed after the closing mark, to someone the article does not name', () => {
  it('gives the words to someone else, never to the interviewee', () => {
    const text = '“那几年是公司最难的时候，工资都发不出来。”一位老员工回忆道。';
    expect(utterances([text], LIU)).toEqual([['?', '“那几年是公司最难的时候，工资都发不出来。”']]);
  });

  it('near miss: the interviewee named there is the speaker', () => {
    const text = '“那几年是公司最难的时候，工资都发不出来。”刘庆峰回忆道。';
    expect(utterances([text], LIU)).toEqual([
      ['刘庆峰', '“那几年是公司最难的时候，工资都发不出来。”'],
    ]);
  });
});

describe('rule 6: attributed before, in the same sentence', () => {
  it('finds a speaker and a speech verb before the quotation, across a clause', () => {
    const text = '刘庆峰表示，以大模型训练为例，“一次训练就要上万张卡，这是绕不过去的门槛。”';
    expect(utterances([text], LIU)).toEqual([
      ['刘庆峰', '“一次训练就要上万张卡，这是绕不过去的门槛。”'],
    ]);
  });

  it('finds a speaker’s act and a colon right before it', () => {
    const text = '陈默放下茶杯：“这件事没有那么简单，我们还要再看看。”';
    expect(utterances([text], ['陈默'])).toEqual([
      ['陈默', '“这件事没有那么简单，我们还要再看看。”'],
    ]);
  });

  it('near miss: a thing of theirs and a colon is an inscription, not speech', () => {
    const text = '陈默办公室的墙上挂着一幅字：“天道酬勤，厚德载物。”';
    expect(utterances([text], ['陈默'])).toEqual([]);
  });
});

describe('rule 7: introduced by the paragraph before, ending with a colon', () => {
  it('gives a quotation that opens its paragraph to the one who introduced it', () => {
    const texts = [
      '谈到未来，刘庆峰谈了很多自己的看法：',
      '“通用人工智能会改变每一个行业，也会改变每一个人。”',
    ];
    expect(utterances(texts, LIU)).toEqual([
      ['刘庆峰', '“通用人工智能会改变每一个行业，也会改变每一个人。”'],
    ]);
  });

  it('near miss: a paragraph that introduces a document’s words gives them to nobody', () => {
    const texts = [
      '政府工作报告写道：',
      '“深入推进数字经济创新发展，制定支持数字经济高质量发展政策。”',
    ];
    expect(utterances(texts, LIU)).toEqual([]);
  });
});

describe('a long quotation over several paragraphs', () => {
  it('is one utterance in parts while each paragraph opens with `“`', () => {
    const texts = [
      '刘庆峰说：“我们这些年做了三件事。第一，把算力建起来。',
      '“第二，把人才留下来。',
      '“第三，把场景做出来。”',
    ];
    expect(utterances(texts, LIU)).toEqual([
      [
        '刘庆峰',
        '“我们这些年做了三件事。第一，把算力建起来。',
        '“第二，把人才留下来。',
        '“第三，把场景做出来。”',
      ],
    ]);
  });

  it('near miss: a paragraph that does not open with `“` ends it', () => {
    const texts = [
      '刘庆峰说：“我们这些年做了三件事。第一，把算力建起来。',
      '第二天，会议继续进行。',
    ];
    expect(utterances(texts, LIU)).toEqual([
      ['刘庆峰', '“我们这些年做了三件事。第一，把算力建起来。'],
    ]);
  });
});

describe('pronouns', () => {
  it('他 is the subject the text is talking about', () => {
    const text = '刘庆峰是安徽人。他说：“家乡一直是我做事的底气。”';
    expect(utterances([text], ['刘庆峰', '王明'])).toEqual([
      ['刘庆峰', '“家乡一直是我做事的底气。”'],
    ]);
  });

  it('near miss: after `乙是甲请来的顾问。`, 他 is 乙, the subject, not 甲', () => {
    const text = '王明是刘庆峰请来的顾问。他回忆：“那时候条件很苦，大家都睡在机房。”';
    expect(utterances([text], ['刘庆峰', '王明'])).toEqual([
      ['王明', '“那时候条件很苦，大家都睡在机房。”'],
    ]);
  });
});

describe('speech verbs are an open class', () => {
  it('takes a verb ending in 言 or 问 that is not in the list (笑言, 反问)', () => {
    const texts = ['刘庆峰笑言：“我们是被逼出来的。”', '刘庆峰反问：“不做行吗？”'];
    expect(utterances(texts, LIU).map(([who]) => who)).toEqual(['刘庆峰', '刘庆峰']);
  });

  it('near miss: a noun that ends in 言 or 问 (语言, 问题) is no verb', () => {
    const text = '刘庆峰的问题“算力从哪里来、人才从哪里来”一直没有变。';
    expect(utterances([text], LIU)).toEqual([]);
  });
});

describe('a subject left unsaid before a verb and how much was said', () => {
  it('gives `最后只回答了一句：“……”` and its kin to the one the sentence is about', () => {
    for (const clause of ['最后只回答了一句', '随后又补充了两句', '笑着说了一句', '只回了一声']) {
      const text = `刘庆峰沉默了很久，${clause}：“不后悔，从来没有后悔过。”`;
      expect(utterances([text], LIU), clause).toEqual([['刘庆峰', '“不后悔，从来没有后悔过。”']]);
    }
  });

  it('near miss: a nameless person before the verb is the speaker, someone else', () => {
    const text = '刘庆峰沉默了很久，一位老员工最后只回答了一句：“不后悔，从来没有后悔过。”';
    expect(utterances([text], LIU)).toEqual([['?', '“不后悔，从来没有后悔过。”']]);
  });
});
