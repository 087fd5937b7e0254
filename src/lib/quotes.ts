import { TITLES, splitName } from './names';

/**
 * Direct speech in Chinese prose: which `“…”` are someone's spoken words, and whose.
 *
 * Rules, in order, for each top-level `“…”`:
 * 1. The second part of a quotation split around its attribution (`“A。”刘庆峰说，“B。”`).
 * 2. A document quote: the clause before it cites a document (`政府工作报告提出，要“…”`).
 * 3. Attributed after, to a known person: right after the closing mark a speaker and a speech
 *    verb (`”刘庆峰向《中国经济周刊》记者表示`).
 * 4. A term or slogan: short, with no sentence punctuation inside (`“主战场”`).
 * 5. Attributed after, to anyone (`”一位老员工回忆道`).
 * 6. Attributed before, in the same sentence: a speaker and a speech verb, or a speaker and a
 *    colon right before the quotation (`刘庆峰表示，以…为例，“…”`, `陈默放下茶杯：“…”`).
 * 7. Introduced by the paragraph before, which ends with a colon after a speaker
 *    (`…谈了很多自己的看法：`), for a quotation that opens its paragraph.
 * A quotation that opens a paragraph and is still open at its end goes on in the next
 * paragraph that opens with `“` (the typography of long quotations): one utterance in parts.
 *
 * Speech verbs are an open class: a list of common verbs (表示, 认为, 透露, …) and any verb
 * ending in 说, 道, 言, 问, 称, 讲, 谈, 答, 叹 or 曰 (答道, 笑言, 反问, 追问, 感叹), counted only
 * where punctuation, a quotation mark or the end follows it, so that nouns (语言, 问题, 说明)
 * never count. A colon after a speaker counts too.
 *
 * The speaker is the first known person (the names given, with a surname and a title, 刘总,
 * 范先生) in the subject before the verb, unless a preposition or a verb makes them the object
 * (`告诉刘庆峰`). 他 and 她 stand for the person the text was just talking about: the last
 * known person mentioned, or the last someone else who spoke. A subject that names nobody known
 * (`一位老员工`, `王五`) makes the words someone else's (`SOMEONE_ELSE`).
 */

/** Where one part of an utterance stands: paragraph index, offsets with the marks, end exclusive. */
export type Part = { paragraph: number; start: number; end: number };

/** One spoken utterance: its speaker (a name given, or `SOMEONE_ELSE`) and its parts. */
export type Utterance = { speaker: string; parts: Part[] };

/** The speaker of words whose speaker the text names but the article does not know. */
export const SOMEONE_ELSE = '';

export type QuoteKind = 'speech' | 'document' | 'term' | 'unattributed';

const COMMON_VERBS =
  '表示|认为|指出|强调|透露|介绍|回忆|解释|补充|坦承|回应|告诉|呼吁|分析|判断|感慨|建议|提到|谈到|坦言|直言|要求|希望|提醒|告诫|叮嘱|承认|宣布|表态|评价|总结|形容|打趣|调侃|重申|主张|预测|相信|觉得';
const VERB = `(?:${COMMON_VERBS}|[^\\s，。！？；：、“”]?[说道言问称讲谈答叹曰](?=[，。！？；：,.!?;:“\\s]|$))`;
const COMMON = new RegExp(`^(?:${COMMON_VERBS})$`);

/**
 * Where the subject before a verb match ends: a one-character verb's first character may be
 * the end of a name (张三说 matches 三说), so it stays with the subject.
 */
function subjectEnd(verb: RegExpMatchArray): number {
  const at = verb.index ?? 0;
  return verb[0].length === 2 && !COMMON.test(verb[0]) ? at + 1 : at;
}
const SENTENCE_END = /[。！？!?]/;
/** A document and a citing verb: 报告提出 / 《纲要》指出 / 文件明确. */
const DOCUMENT_CUE =
  /(?:报告|规划|纲要|文件|意见|通知|决定|公报|讲话|条例|白皮书|声明|宣言|社论|》)[^。！？“”]{0,8}?(?:提出|指出|强调|明确|要求|写道|写明|规定|部署|称)[^。！？“”]{0,6}$/;
const MAX_TERM = 10;
const INNER_PUNCTUATION = /[，。！？；：,!?;:]/;
/** Before a mention, these make the person an object, not the speaker: 告诉刘庆峰, 向他. */
const OBJECT_MARKER =
  /(?:对|向|跟|和|与|同|给|告诉|问|找|让|请|把|被|叫|为|替|陪|帮)(?:《[^》]*》|本刊|本报)?$/;
/**
 * People the text names without a name: their words are someone else's, and 他/她 after them
 * stand for them. Not 记者: a reporter writes of themselves as 记者, never as 他/她.
 */
const PERSON_NOUN =
  /员工|同事|专家|人士|负责人|工程师|教授|学生|老师|朋友|客户|用户|官员|主任|经理|总监|医生|研究员|创始人|合伙人|家长|村民|工人|师傅|律师|学者|分析师|投资人|父亲|母亲|妻子|丈夫|儿子|女儿|有人|别人|对方|同行|前辈|老板|网友|观众|读者|代表|发言人/;
/** Words written up somewhere, not spoken: 墙上挂着一幅字, 门口写着. */
const INSCRIPTION = /(?:写|挂|刻|印|贴|题|标)着|上写|上刻/;
/** A thing of someone's: 张三办公室的墙上 (but not 张三的评价, which is speech). */
const POSSESSIVE = /的(?!.{0,3}(?:评价|回答|看法|观点|说法|回应|解释|答复|原话|话|总结|表态))/;

/** What someone says, as a noun: 刘庆峰的回答 is his speech. */
const SPEECH_NOUN = /^.{0,3}(?:评价|回答|看法|观点|说法|回应|解释|答复|原话|话|总结|表态)/;
/** A copula earlier in the clause: the noun after it says what the subject is. */
const COPULA = /(?:是|成为|作为|当了|担任)[^，。！？；]*$/;
/** A subject of nothing but adverbs leaves the speaker unsaid: the one the text is about. */
const ADVERBS =
  /^(?:但|而|并|也|还|又|再|则|更|就|便|却|都|曾|曾经|同时|随后|接着|此外|对此|当时|后来|最后|首先|其次|一再|多次|反复|一直|不止一次地?|明确|直接|坦率地|笑着|进一步|特别|为此|因此|所以|然后|于是|[，、\s])*$/;
/** Single-character titles that only count before a speech verb: 刘总表示, 范董说. */
const SHORT_TITLES = ['总', '董', '老', '工'];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Top-level `“…”` in a text, offsets including the marks; `open` is one still open at the end. */
function quotations(text: string): { spans: { start: number; end: number }[]; open?: number } {
  const spans: { start: number; end: number }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '”' && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start, end: i + 1 });
    }
  }
  return depth > 0 ? { spans, open: start } : { spans };
}

/** The same sentence's text before `start`, back to a sentence end or `floor`. */
function clauseBefore(text: string, start: number, floor: number): string {
  let i = start;
  while (i > floor && !SENTENCE_END.test(text[i - 1] as string)) i--;
  return text.slice(i, start);
}

/** The subject before a verb: back to the last comma, colon or sentence end. */
function subjectOf(text: string): string {
  const cut = Math.max(...[...'，,；;：:。！？!?'].map((p) => text.lastIndexOf(p)));
  return text.slice(cut + 1);
}

type Mention = { at: number; speaker: string; length?: number };

/** Finds the utterances of the people an article names in its paragraphs, in reading order. */
export class SpeechFinder {
  private readonly mention: RegExp;
  private readonly alias = new Map<string, string>();
  /** Who 他/她 stand for when the paragraph so far names nobody. */
  private referent: string | undefined;

  /**
   * @param people the names whose words are attributed, the interviewee first; 他/她 stand for
   *   `people[0]` until the text names someone.
   */
  constructor(people: readonly string[]) {
    for (const name of [...people].reverse()) {
      this.alias.set(name, name);
      const { surname, given } = splitName(name);
      if (surname === '' || given === '') continue;
      for (const title of [...TITLES, ...SHORT_TITLES]) this.alias.set(surname + title, name);
    }
    const names = [...this.alias.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.mention = new RegExp(`${[...names, '他(?!们)', '她(?!们)'].join('|')}`, 'g');
    this.referent = people[0];
  }

  /** Known people and pronouns in `text`, with their offsets (pronouns as `他`/`她`). */
  private mentions(text: string, offset = 0): Mention[] {
    return [...text.matchAll(this.mention)].map((m) => ({
      at: offset + m.index,
      speaker: this.alias.get(m[0]) ?? m[0],
      length: m[0].length,
    }));
  }

  /**
   * The speaker a subject names: the first known person (or pronoun) not made an object, a
   * pronoun resolved; nobody named but adverbs: the one the text is about; else someone else.
   */
  private speakerOf(subject: string, at: number, events: Mention[]): string | undefined {
    for (const m of this.mentions(subject)) {
      if (OBJECT_MARKER.test(subject.slice(0, m.at))) continue;
      // 刘庆峰的办公室里挂着: a possessive, not the one who speaks, unless what is theirs is
      // something said (曲先生的评价很直接：).
      const after = subject.slice(m.at + (m.length ?? 0));
      if (after.startsWith('的') && !SPEECH_NOUN.test(after.slice(1, 6))) continue;
      const name = m.speaker;
      if (name !== '他' && name !== '她') return name;
      return this.resolvePronoun(at, events);
    }
    if (ADVERBS.test(subject)) return this.resolvePronoun(at, events);
    return SOMEONE_ELSE;
  }

  private resolvePronoun(at: number, events: Mention[]): string | undefined {
    const before = events.filter((e) => e.at < at && e.speaker !== '他' && e.speaker !== '她');
    return before.length > 0 ? before.at(-1)?.speaker : this.referent;
  }

  /** Who the text talks about along a paragraph: known people, and nameless people (someone else). */
  private eventsOf(text: string): Mention[] {
    const events = this.mentions(text).filter((m) => {
      // 刘庆峰的老同事: the colleague is who the text now talks about, not 刘庆峰.
      return !/^的.{0,2}(?:员工|同事|学生|朋友|老师|助手|部下|下属)/.test(
        text.slice(m.at + [...m.speaker].length),
      );
    });
    for (const m of text.matchAll(new RegExp(PERSON_NOUN.source, 'g'))) {
      const before = text.slice(0, m.index);
      // An object (告诉同事) or what someone is (是一名中学老师) is not who the text turns to.
      if (OBJECT_MARKER.test(before) || COPULA.test(before)) continue;
      events.push({ at: m.index, speaker: SOMEONE_ELSE });
    }
    return events.sort((a, b) => a.at - b.at);
  }

  /**
   * The utterances in the paragraphs' texts, in reading order, and the kind of each top-level
   * quotation per paragraph.
   */
  findAll(texts: readonly string[]): { utterances: Utterance[]; kinds: QuoteKind[][] } {
    const utterances: Utterance[] = [];
    const kinds: QuoteKind[][] = [];
    /** A quotation still open at the end of the paragraph before, and whose it is. */
    let running: { utterance: Utterance; speaker?: string } | undefined;
    /** The speaker who introduced, with a colon at its end, the paragraph before. */
    let introduced: string | undefined;

    texts.forEach((text, index) => {
      const events = this.eventsOf(text);
      const found = quotations(text);
      const paragraphKinds: QuoteKind[] = [];
      kinds.push(paragraphKinds);
      const opensWithQuote = /^\s*“/.test(text);

      // A long quotation going on: this paragraph opens with “ again.
      if (running && opensWithQuote) {
        const closes = found.open === undefined || found.open > 0 ? found.spans[0] : undefined;
        const end = closes ? closes.end : text.length;
        running.utterance.parts.push({ paragraph: index, start: text.indexOf('“'), end });
        paragraphKinds.push('speech');
        if (closes) {
          const rest = text.slice(closes.end);
          const after = this.afterSpeaker(rest, closes.end, events);
          const speaker = running.speaker ?? after ?? undefined;
          if (speaker !== undefined) running.utterance.speaker = speaker;
          if (running.utterance.speaker !== undefined) this.keep(running.utterance, utterances);
          running = undefined;
          this.scan(
            text,
            index,
            found.spans.slice(1),
            events,
            undefined,
            utterances,
            paragraphKinds,
          );
        }
        introduced = undefined;
        this.carry(events);
        return;
      }
      if (running) {
        // The quotation never closed: keep it only if its speaker was known from the start.
        if (running.speaker !== undefined) this.keep(running.utterance, utterances);
        running = undefined;
      }

      this.scan(text, index, found.spans, events, introduced, utterances, paragraphKinds);

      if (found.open !== undefined) {
        const start = found.open;
        const clause = clauseBefore(text, start, 0);
        const speaker =
          start === 0 || /^\s*$/.test(text.slice(0, start))
            ? introduced
            : this.beforeSpeaker(clause, start, events);
        running = {
          utterance: {
            speaker: speaker ?? SOMEONE_ELSE,
            parts: [{ paragraph: index, start, end: text.length }],
          },
          ...(speaker !== undefined ? { speaker } : {}),
        };
        paragraphKinds.push(speaker !== undefined ? 'speech' : 'unattributed');
      }
      introduced = this.introduces(text, events);
      this.carry(events);
    });
    if (running?.speaker !== undefined) this.keep(running.utterance, utterances);
    return { utterances, kinds };
  }

  private keep(utterance: Utterance, utterances: Utterance[]): void {
    if (!utterances.includes(utterance)) utterances.push(utterance);
    if (utterance.speaker === SOMEONE_ELSE) this.referent = SOMEONE_ELSE;
  }

  /** After a paragraph, 他/她 stand for the last person it talked about. */
  private carry(events: Mention[]): void {
    const last = events.filter((e) => e.speaker !== '他' && e.speaker !== '她').at(-1);
    if (last) this.referent = last.speaker;
  }

  /** The speaker of a paragraph that ends by introducing speech with a colon, if it does. */
  private introduces(text: string, events: Mention[]): string | undefined {
    if (!/[：:]\s*$/.test(text)) return undefined;
    const end = text.search(/[：:]\s*$/);
    const clause = clauseBefore(text, end, 0);
    if (DOCUMENT_CUE.test(`${clause}`)) return undefined;
    return this.speakerOf(subjectOf(clause), end, events);
  }

  /** `”刘庆峰说` / `”一位老员工回忆道`: the speaker right after a closing mark, if any. */
  private afterSpeaker(rest: string, at: number, events: Mention[]): string | undefined {
    const match = rest.match(new RegExp(`^[，,]?\\s*([^，。！？；：“”,.!?;:]{0,20})${VERB}`));
    if (!match) return undefined;
    return this.speakerOf(match[1] as string, at, events);
  }

  /** `刘庆峰表示，…“` / `陈默放下茶杯：“`: the speaker earlier in the sentence, if any. */
  private beforeSpeaker(clause: string, at: number, events: Mention[]): string | undefined {
    if (/[：:]\s*$/.test(clause)) {
      const subject = subjectOf(clause.replace(/[：:]\s*$/, ''));
      // Without a speech verb, a colon introduces speech only after an act of the speaker's
      // (陈默放下茶杯：), not after a thing of theirs (张三办公室的墙上挂着一幅字：).
      if (
        !new RegExp(VERB).test(subject) &&
        (INSCRIPTION.test(subject) || POSSESSIVE.test(subject))
      ) {
        return undefined;
      }
      return this.speakerOf(subject, at, events);
    }
    const verbs = [...clause.matchAll(new RegExp(VERB, 'g'))];
    const verb = verbs.at(-1);
    if (!verb) return undefined;
    return this.speakerOf(subjectOf(clause.slice(0, subjectEnd(verb))), at, events);
  }

  /** Classifies the closed quotations of one paragraph and groups speech into utterances. */
  private scan(
    text: string,
    index: number,
    spans: { start: number; end: number }[],
    events: Mention[],
    introduced: string | undefined,
    utterances: Utterance[],
    kinds: QuoteKind[],
  ): void {
    let open: { utterance: Utterance; joiner: RegExp } | undefined;
    spans.forEach((span, i) => {
      const floor = i > 0 ? (spans[i - 1] as { end: number }).end : 0;
      const clause = clauseBefore(text, span.start, floor);
      const inner = text.slice(span.start + 1, span.end - 1);
      const next = i + 1 < spans.length ? (spans[i + 1] as { start: number }).start : text.length;
      const rest = text.slice(span.end, next);
      const part = { paragraph: index, start: span.start, end: span.end };
      const speech = (speaker: string, joinable: RegExpMatchArray | null) => {
        const utterance = { speaker, parts: [part] };
        this.keep(utterance, utterances);
        kinds.push('speech');
        events.push({ at: span.start, speaker });
        events.sort((a, b) => a.at - b.at);
        open = joinable
          ? {
              utterance,
              joiner: new RegExp(`^${escape(joinable[0])}[^。！？“”]{0,4}?[，,：:]\\s*$`),
            }
          : undefined;
      };

      if (open && open.joiner.test(text.slice(floor, span.start))) {
        open.utterance.parts.push(part);
        kinds.push('speech');
        open = undefined;
        return;
      }
      open = undefined;

      if (DOCUMENT_CUE.test(clause)) {
        kinds.push('document');
        return;
      }
      const afterMatch = rest.match(
        new RegExp(`^[，,]?\\s*([^，。！？；：“”,.!?;:]{0,20})${VERB}`),
      );
      const after = afterMatch
        ? this.speakerOf(afterMatch[1] as string, span.end, events)
        : undefined;
      if (after !== undefined && after !== SOMEONE_ELSE) return speech(after, afterMatch);
      // Short and set inside the sentence (`的“助手”`, `“卡脖子”的`): a term. A short clause
      // that ends its sentence after a comma or colon (`…，“这两步偷不得懒”。`) may be speech.
      const closesSentence =
        /[，,：:]\s*$/.test(clause) && /^[”’]*(?:[。！？!?]|\s*$)/.test(text.slice(span.end));
      if (inner.length <= MAX_TERM && !INNER_PUNCTUATION.test(inner) && !closesSentence) {
        kinds.push('term');
        return;
      }
      if (after !== undefined) return speech(after, afterMatch);
      const before = this.beforeSpeaker(clause, span.start, events);
      if (before !== undefined) return speech(before, null);
      if (introduced !== undefined && i === 0 && /^\s*$/.test(text.slice(0, span.start))) {
        return speech(introduced, null);
      }
      kinds.push('unattributed');
    });
  }
}
