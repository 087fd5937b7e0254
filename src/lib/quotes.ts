/**
 * Direct speech in Chinese prose: which `“…”` are someone's spoken words, and whose.
 *
 * Rules, in order, for each top-level `“…”` in a paragraph:
 * 1. A document quote: the clause before it cites a document (`政府工作报告提出，要“…”`,
 *    `《…》指出：“…”`). Not speech.
 * 2. Speech attributed after: right after the closing mark stands a speaker and a speech verb
 *    (`“……。”刘庆峰说`, `”刘庆峰向《中国经济周刊》记者表示`).
 * 3. A term or slogan: short, with no sentence punctuation inside (`“主战场”`, `“卡脖子”`).
 * 4. Speech attributed before: earlier in the same sentence a speaker and a speech verb
 *    (`刘庆峰表示，以讯飞星火大模型为例，“……”`).
 * Anything else is left unattributed. A speaker is a person the caller names, or 他/她, which
 * stands for the person last named as a speaker (else the first person given).
 * A quotation split around its attribution (`“A。”刘庆峰说，“B。”`) is one utterance in parts.
 * Quotes that run past the end of a paragraph are not followed (they are rare in reporting).
 */

/** One spoken utterance: its speaker and where its parts stand in the paragraph text. */
export type Utterance = {
  speaker: string;
  /** Offsets of each part in the paragraph text, quotation marks included, end exclusive. */
  parts: { start: number; end: number }[];
};

export type QuoteKind = 'speech' | 'document' | 'term' | 'unattributed';

const VERBS =
  '表示|说道|说|认为|透露|建议|指出|强调|坦言|介绍|称|谈到|提到|解释|补充|直言|笑称|判断|坦承|回应|告诉|回忆|感叹|呼吁|分析';
const SENTENCE_END = /[。！？!?]/;
/** A document and a citing verb: 报告提出 / 《纲要》指出 / 文件明确. */
const DOCUMENT_CUE =
  /(?:报告|規劃|规划|纲要|綱要|文件|意见|通知|决定|公报|讲话|条例|白皮书|声明|宣言|社论|》)[^。！？“”]{0,8}?(?:提出|指出|强调|明确|要求|写道|写明|规定|部署|称)[^。！？“”]{0,6}$/;
const MAX_TERM = 10;
const INNER_PUNCTUATION = /[，。！？；：,!?;:]/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Top-level `“…”` pairs, offsets including the marks; unbalanced marks are ignored. */
function quotations(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '”' && depth > 0) {
      depth--;
      if (depth === 0) found.push({ start, end: i + 1 });
    }
  }
  return found;
}

/** The same sentence's text before `start`, back to a sentence end or the previous quotation. */
function clauseBefore(text: string, start: number, floor: number): string {
  let i = start;
  while (i > floor && !SENTENCE_END.test(text[i - 1] as string)) i--;
  return text.slice(i, start);
}

/** Classifies the quotations of one paragraph and groups speech into utterances. */
export class SpeechFinder {
  /** A speaker, a speech verb, right after a closing mark: `”刘庆峰（向…记者）表示`. */
  private readonly afterPattern: RegExp;
  /** A speaker and a speech verb earlier in the sentence: `刘庆峰表示，以…为例，`. */
  private readonly beforePattern: RegExp;
  private last: string | undefined;

  /**
   * @param people the names a paragraph may attribute speech to, the interviewee first;
   *   他/她 stand for the person last named as a speaker, at first `people[0]`.
   */
  constructor(people: readonly string[]) {
    const names = [...people].sort((a, b) => b.length - a.length).map(escape);
    const speaker = `(${[...names, '他', '她'].join('|')})`;
    this.afterPattern = new RegExp(`^[，,]?\\s*${speaker}(?:[^，。！？；“”]{0,20}?)(?:${VERBS})`);
    this.beforePattern = new RegExp(`${speaker}[^。！？“”]{0,20}?(?:${VERBS})[^。！？“”]*$`);
    this.last = people[0];
  }

  private resolve(who: string): string | undefined {
    if (who === '他' || who === '她') return this.last;
    this.last = who;
    return who;
  }

  /**
   * The utterances in one paragraph's text, in order, and the kind of every quotation.
   * Call paragraphs in reading order: 他/她 carry over from one to the next.
   */
  find(text: string): { utterances: Utterance[]; kinds: QuoteKind[] } {
    const spans = quotations(text);
    const utterances: Utterance[] = [];
    const kinds: QuoteKind[] = [];
    let open: { utterance: Utterance; joiner: RegExp } | undefined;

    spans.forEach((span, i) => {
      const floor = i > 0 ? (spans[i - 1] as { end: number }).end : 0;
      const clause = clauseBefore(text, span.start, floor);
      const inner = text.slice(span.start + 1, span.end - 1);
      const next = i + 1 < spans.length ? (spans[i + 1] as { start: number }).start : text.length;
      const rest = text.slice(span.end, next);

      // A second part, joined to the first by nothing but its attribution: `”刘庆峰说，“`.
      if (open && open.joiner.test(text.slice(floor, span.start))) {
        open.utterance.parts.push(span);
        kinds.push('speech');
        open = undefined;
        return;
      }
      open = undefined;

      if (DOCUMENT_CUE.test(clause)) {
        kinds.push('document');
        return;
      }
      const afterMatch = rest.match(this.afterPattern);
      if (afterMatch) {
        const speaker = this.resolve(afterMatch[1] as string);
        if (speaker) {
          const utterance = { speaker, parts: [span] };
          utterances.push(utterance);
          kinds.push('speech');
          const attribution = escape(afterMatch[0]);
          open = { utterance, joiner: new RegExp(`^${attribution}[^。！？“”]{0,4}?[，,：:]\\s*$`) };
          return;
        }
      }
      if (inner.length <= MAX_TERM && !INNER_PUNCTUATION.test(inner)) {
        kinds.push('term');
        return;
      }
      const beforeMatch = clause.match(this.beforePattern);
      if (beforeMatch) {
        const speaker = this.resolve(beforeMatch[1] as string);
        if (speaker) {
          utterances.push({ speaker, parts: [span] });
          kinds.push('speech');
          return;
        }
      }
      kinds.push('unattributed');
    });
    return { utterances, kinds };
  }
}
