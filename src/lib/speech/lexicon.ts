/**
 * The words of reported speech in Chinese prose, for the speech finder (quotes.ts beside it): speech
 * verbs, the nouns that name people or speech, and the small words that decide whether a
 * person is the one who speaks. Regular expressions over simplified text.
 */

const COMMON_VERBS =
  '表示|认为|指出|强调|透露|介绍|回忆|解释|补充|坦承|回应|告诉|呼吁|分析|判断|感慨|建议|提到|谈到|坦言|直言|要求|希望|提醒|告诫|叮嘱|承认|宣布|表态|评价|总结|形容|打趣|调侃|重申|主张|预测|相信|觉得';
/** How much was said, after a verb: 说了一句, 讲了几句, 补了两句, 应了一声, 问过一遍. */
const MEASURE = '(?:[了过](?:[一几两半][句声遍番]话?)?|[一几两半][句声遍番]话?)';
/**
 * A speech verb: a common one, or any verb ending in 说 道 言 问 称 讲 谈 答 叹 曰 (答道, 笑言,
 * 反问, 感叹) where punctuation, a quotation mark or the end follows, perhaps after how much
 * was said (`讲了几句，`), so nouns never count.
 */
export const VERB = `(?:${COMMON_VERBS}|[^\\s，。！？；：、“”]?[说道言问称讲谈答叹曰](?=${MEASURE}?[，。！？；：,.!?;:“\\s]|$))`;
const COMMON = new RegExp(`^(?:${COMMON_VERBS})$`);

/**
 * Where the subject before a verb match ends: a one-character verb's first character may be
 * the end of a name (张三说 matches 三说), so it stays with the subject.
 */
export function subjectEnd(verb: RegExpMatchArray): number {
  const at = verb.index ?? 0;
  return verb[0].length === 2 && !COMMON.test(verb[0]) ? at + 1 : at;
}
export const SENTENCE_END = /[。！？!?]/;
/** A document and a citing verb: 报告提出 / 《纲要》指出 / 文件明确. */
export const DOCUMENT_CUE =
  /(?:报告|规划|纲要|文件|意见|通知|决定|公报|讲话|条例|白皮书|声明|宣言|社论|》)[^。！？“”]{0,8}?(?:提出|指出|强调|明确|要求|写道|写明|规定|部署|称)[^。！？“”]{0,6}$/;
export const MAX_TERM = 10;
export const INNER_PUNCTUATION = /[，。！？；：,!?;:]/;
/** Before a mention, these make the person an object, not the speaker: 告诉刘庆峰, 向他. */
export const OBJECT_MARKER =
  /(?:对|向|跟|和|与|同|给|告诉|问|找|让|请|把|被|叫|为|替|陪|帮)(?:《[^》]*》|本刊|本报)?$/;
/**
 * People the text names without a name: their words are someone else's, and 他/她 after them
 * stand for them. Not 记者: a reporter writes of themselves as 记者, never as 他/她.
 */
export const PERSON_NOUN =
  /员工|同事|专家|人士|负责人|工程师|教授|学生|老师|朋友|客户|用户|官员|主任|经理|总监|医生|研究员|创始人|合伙人|家长|村民|工人|师傅|律师|学者|分析师|投资人|父亲|母亲|妻子|丈夫|儿子|女儿|有人|别人|对方|同行|前辈|老板|网友|观众|读者|代表|发言人/;
/** Words written up somewhere, not spoken: 墙上挂着一幅字, 门口写着. */
export const INSCRIPTION = /(?:写|挂|刻|印|贴|题|标)着|上写|上刻/;
/** A thing of someone's: 张三办公室的墙上 (but not 张三的评价, which is speech). */
export const POSSESSIVE =
  /的(?!.{0,3}(?:评价|回答|看法|观点|说法|回应|解释|答复|原话|话|总结|表态))/;

/** What someone says, as a noun: 刘庆峰的回答 is his speech. */
export const SPEECH_NOUN = /^.{0,3}(?:评价|回答|看法|观点|说法|回应|解释|答复|原话|话|总结|表态)/;
/** A copula earlier in the clause: the noun after it says what the subject is. */
export const COPULA = /(?:是|成为|作为|当了|担任)[^，。！？；]*$/;
/** Adverbs that may open a clause whose subject is left unsaid: 但, 随后, 最后, 笑着. */
const ADVERB =
  '(?:但|而|并|也|还|又|再|则|更|就|便|却|都|曾|曾经|同时|随后|接着|此外|对此|当时|后来|最后|首先|其次|一再|多次|反复|一直|不止一次地?|明确|直接|坦率地|笑着|进一步|特别|为此|因此|所以|然后|于是|[，、\\s])';
/** A subject of nothing but adverbs leaves the speaker unsaid: the one the text is about. */
export const ADVERBS = new RegExp(`^${ADVERB}*$`);
/**
 * A subject that is only a verb and how much was said, after adverbs of any kind (`又补了一句`,
 * `只回了一声`, `最后只回答了一句`, `笑着说了一句`): the subject is left unsaid, so the
 * sentence's subject speaks.
 */
export const MEASURED_VERB = new RegExp(
  `^(?:${ADVERB}|只|才|多|轻轻|淡淡|随口)*.{1,3}?${MEASURE}$`,
);
/** Single-character titles that only count before a speech verb: 刘总表示, 范董说. */
export const SHORT_TITLES = ['总', '董', '老', '工'];
/**
 * A clause that sets the time (`甲创业那年，`, `乙加入公司后，`): the people in it set the scene;
 * the sentence's subject comes after it.
 */
export const TIME_CLAUSE = /(?:时|那年|那天|当年|之后|以后|之前|以前|的时候|期间|之际|后)\s*$/;
/** Where a sentence's clauses meet. */
export const CLAUSE_BREAK = /[，,；;：:]/;
