import { TITLES, splitName } from '../text/names';
import {
  VERB,
  subjectEnd,
  SENTENCE_END,
  DOCUMENT_CUE,
  MAX_TERM,
  INNER_PUNCTUATION,
  OBJECT_MARKER,
  PERSON_NOUN,
  INSCRIPTION,
  POSSESSIVE,
  SPEECH_NOUN,
  COPULA,
  ADVERBS,
  SHORT_TITLES,
  TIME_CLAUSE,
  CLAUSE_BREAK,
  MEASURED_VERB,
} from './lexicon';

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
 * (`告诉刘庆峰`). 他 and 她 stand for the person the text is talking about: the subject of
 * the clauses before them in their sentence, else of the sentence before (`乙是甲请来的顾问。
 * 他回忆` is 乙's: subject first), else the last person mentioned or the last someone else
 * who spoke. A sentence's subject is the first person in its first clause that is not a clause
 * of time (`甲创业那年，乙刚毕业` is about 乙), not made an object and not a possessive; a
 * pronoun as subject carries the topic on. A subject that names nobody known
 * (`一位老员工`, `王五`) makes the words someone else's (`SOMEONE_ELSE`).
 */

/** Where one part of an utterance stands: paragraph index, offsets with the marks, end exclusive. */
export type Part = { paragraph: number; start: number; end: number };

/** One spoken utterance: its speaker (a name given, or `SOMEONE_ELSE`) and its parts. */
export type Utterance = { speaker: string; parts: Part[] };

/** The speaker of words whose speaker the text names but the article does not know. */
export const SOMEONE_ELSE = '';

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

const isPronoun = (m: Mention) => m.speaker === '他' || m.speaker === '她';
/** A clause break with text after it. */
const CLAUSE_BREAK_AT = new RegExp(`${CLAUSE_BREAK.source}(?!$)`);
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');

/** Where the sentence holding offset `at` starts: after the last sentence end before it. */
function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.test(text[i - 1] as string)) i--;
  return i;
}

/** Where the clause holding offset `at` starts, not before `floor`. */
function clauseStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !CLAUSE_BREAK.test(text[i - 1] as string)) i--;
  return i;
}

/** Right after a closing mark: a subject of up to 20 characters and a speech verb (`”刘庆峰表示`). */
const AFTER = new RegExp(`^[，,]?\\s*([^，。！？；：“”,.!?;:]{0,20})${VERB}`);

type Mention = { at: number; speaker: string; length?: number };

/** Finds the utterances of the people an article names in its paragraphs, in reading order. */
export class SpeechFinder {
  private readonly mention: RegExp;
  private readonly alias = new Map<string, string>();
  /** Who 他/她 stand for when the paragraph so far names nobody: the last person mentioned. */
  private referent: string | undefined;
  /** The subject of the last sentence of the paragraph before, if it has one. */
  private topic: string | undefined;
  /** The paragraph being read. */
  private text = '';

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
    // Nothing but adverbs (`对此，`), or a verb and how much was said (`又补了一句`): the
    // subject is left unsaid, so it is the one the sentence is about.
    if (ADVERBS.test(subject) || MEASURED_VERB.test(subject)) {
      return this.resolvePronoun(at, events, false);
    }
    return SOMEONE_ELSE;
  }

  /**
   * Who the pronoun nearest to `at` stands for: the subject of its sentence's clauses before
   * it, else of the sentence before it, else the last person mentioned before `at`. Without a
   * pronoun (`hasPronoun` false: a subject left unsaid), the subject of the clauses before `at`
   * comes first.
   */
  private resolvePronoun(at: number, events: Mention[], hasPronoun = true): string | undefined {
    const text = this.text;
    const pronouns = hasPronoun ? events.filter(isPronoun) : [];
    const pronoun = pronouns.reduce<Mention | undefined>(
      (best, e) => (!best || Math.abs(e.at - at) < Math.abs(best.at - at) ? e : best),
      undefined,
    );
    if (!hasPronoun) {
      const start = sentenceStart(text, at);
      const here = this.subjectOf(start, clauseStart(text, at, start), events);
      if (here !== undefined) return here;
    }
    if (pronoun) {
      const start = sentenceStart(text, pronoun.at);
      const clause = clauseStart(text, pronoun.at, start);
      // 一位跟了他十年的老员工评价：the pronoun is inside what names the speaker, who comes after.
      const named = events.filter((e) => e.at > pronoun.at && e.at < at && !isPronoun(e));
      if (named.length > 0 && !CLAUSE_BREAK_AT.test(text.slice(clause, at))) {
        return named.at(-1)?.speaker;
      }
      const here = this.subjectOf(start, clause, events);
      if (here !== undefined) return here;
      if (start > 0) {
        const before = this.subjectOf(sentenceStart(text, start - 1), start, events);
        if (before !== undefined) return before;
      } else if (this.topic !== undefined) {
        return this.topic;
      }
    }
    const before = events.filter((e) => e.at < at && e.speaker !== '他' && e.speaker !== '她');
    return before.length > 0 ? before.at(-1)?.speaker : this.referent;
  }

  /**
   * The subject of the text from `from` to `to` (a sentence, or its clauses before a pronoun):
   * the first person in the first clause that is not a clause of time and is not made an
   * object or a possessive. Undefined when that person is a pronoun (the topic goes on) or
   * no clause has one.
   */
  private subjectOf(from: number, to: number, events: Mention[]): string | undefined {
    const text = this.text;
    const breaks = [...text.slice(from, to).matchAll(CLAUSE_BREAKS)].map((m) => from + m.index);
    let start = from;
    for (const end of [...breaks, to]) {
      const clause = text.slice(start, end);
      if (!TIME_CLAUSE.test(clause)) {
        const who = events.find((e) => {
          if (e.at < start || e.at >= end) return false;
          if (OBJECT_MARKER.test(text.slice(start, e.at))) return false;
          const after = text.slice(e.at + (e.length ?? 0));
          return !(after.startsWith('的') && !SPEECH_NOUN.test(after.slice(1, 6)));
        });
        if (who) return who.speaker === '他' || who.speaker === '她' ? undefined : who.speaker;
      }
      start = end + 1;
    }
    return undefined;
  }

  /** Who the text talks about along a paragraph: known people, and nameless people (someone else). */
  private eventsOf(text: string): Mention[] {
    const events = this.mentions(text).filter((m) => {
      // 刘庆峰的老同事: the colleague is who the text now talks about, not 刘庆峰.
      return !/^的.{0,2}(?:员工|同事|学生|朋友|老师|助手|部下|下属)/.test(
        text.slice(m.at + (m.length ?? 0)),
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

  /** The utterances in the paragraphs' texts, in reading order. */
  findAll(texts: readonly string[]): { utterances: Utterance[] } {
    const utterances: Utterance[] = [];
    /** A quotation still open at the end of the paragraph before, and whose it is. */
    let running: { utterance: Utterance; speaker?: string } | undefined;
    /** The speaker who introduced, with a colon at its end, the paragraph before. */
    let introduced: string | undefined;

    texts.forEach((text, index) => {
      this.text = text;
      const events = this.eventsOf(text);
      const found = quotations(text);
      const opensWithQuote = /^\s*“/.test(text);

      // A long quotation going on: this paragraph opens with “ again.
      if (running && opensWithQuote) {
        const closes = found.open === undefined || found.open > 0 ? found.spans[0] : undefined;
        const end = closes ? closes.end : text.length;
        running.utterance.parts.push({ paragraph: index, start: text.indexOf('“'), end });
        if (closes) {
          const rest = text.slice(closes.end);
          const after = this.afterSpeaker(rest, closes.end, events);
          const speaker = running.speaker ?? after ?? undefined;
          if (speaker !== undefined) running.utterance.speaker = speaker;
          if (running.utterance.speaker !== undefined) this.keep(running.utterance, utterances);
          running = undefined;
          this.scan(text, index, found.spans.slice(1), events, undefined, utterances);
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

      this.scan(text, index, found.spans, events, introduced, utterances);

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
      }
      introduced = this.introduces(text, events);
      this.carry(events);
    });
    if (running?.speaker !== undefined) this.keep(running.utterance, utterances);
    return { utterances };
  }

  private keep(utterance: Utterance, utterances: Utterance[]): void {
    if (!utterances.includes(utterance)) utterances.push(utterance);
    if (utterance.speaker === SOMEONE_ELSE) this.referent = SOMEONE_ELSE;
  }

  /**
   * After a paragraph, 他/她 stand for the subject of its last sentence, else the last person
   * it talked about.
   */
  private carry(events: Mention[]): void {
    const last = events.filter((e) => e.speaker !== '他' && e.speaker !== '她').at(-1);
    if (last) this.referent = last.speaker;
    const end = this.text.trimEnd().length;
    const start = sentenceStart(this.text, Math.max(0, end - 1));
    this.topic = this.subjectOf(start, end, events) ?? (last ? last.speaker : this.topic);
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
    const match = rest.match(AFTER);
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
        open = undefined;
        return;
      }
      open = undefined;

      if (DOCUMENT_CUE.test(clause)) return;
      const afterMatch = rest.match(AFTER);
      const after = afterMatch
        ? this.speakerOf(afterMatch[1] as string, span.end, events)
        : undefined;
      if (after !== undefined && after !== SOMEONE_ELSE) return speech(after, afterMatch);
      // Short and set inside the sentence (`的“助手”`, `“卡脖子”的`): a term. A short clause
      // that ends its sentence after a comma or colon (`…，“这两步偷不得懒”。`) may be speech.
      const closesSentence =
        /[，,：:]\s*$/.test(clause) && /^[”’]*(?:[。！？!?]|\s*$)/.test(text.slice(span.end));
      if (inner.length <= MAX_TERM && !INNER_PUNCTUATION.test(inner) && !closesSentence) {
        return;
      }
      if (after !== undefined) return speech(after, afterMatch);
      const before = this.beforeSpeaker(clause, span.start, events);
      if (before !== undefined) return speech(before, null);
      if (introduced !== undefined && i === 0 && /^\s*$/.test(text.slice(0, span.start))) {
        return speech(introduced, null);
      }
    });
  }
}
