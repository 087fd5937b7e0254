import { TITLES, splitName } from '../text/names';

/**
 * Q&A transcripts, the usual form of a 专访, recognised from the text alone.
 *
 * A paragraph that opens with a speaker label and a colon is a turn: `**《南方周刊》：**…`,
 * `陈默：…`, `问：…`, `答:…` (bold or not, with or without 《》, a full- or half-width colon).
 * The label must name someone known: the interviewee (name, surname and title, or 答), the
 * reporter (name, 记者, 本刊记者), the publication, 问 or 主持人, or another person the article
 * names. A label that names nobody known leaves the paragraph plain and ends the turn before it.
 * Unlabelled paragraphs after an answer or another person's turn, up to the next label or
 * heading, go on with that turn; a question is one paragraph.
 */

/** Who a turn belongs to: a question (the publication's side), an answer, or someone else's. */
export type TurnRole = 'question' | 'answer' | 'remark';

/** A paragraph's place in a dialogue. */
export type Turn = {
  role: TurnRole;
  /** The speaker's name for answers and remarks; '' for questions. */
  speaker: string;
  /** Characters of the label with its colon and the spaces after it; 0 for a continuation. */
  label: number;
};

/** Who may speak in a dialogue. */
export type Cast = {
  interviewee: string;
  reporter?: string;
  publication?: string;
  /** Other people the article names. */
  people?: readonly string[];
};

const LABEL = /^\s*(《?[^\s：:，。！？“”《》]{1,12}》?|《[^》]{1,16}》(?:记者)?)\s*[：:]\s*/;
const QUESTION_LABELS = new Set(['问', '记者', '本刊记者', '本报记者', '主持人', 'Q']);
const ANSWER_LABELS = new Set(['答', 'A']);

/** Before a name in a label, what may stand: a post or a calling (`科大讯飞董事长刘庆峰：`). */
const POST = /(?:长|总|人|家|师|者|员|记|任|授|士|裁|理|监|席|官|手)$/;

/** Whether a label is one of a person's names, or a post followed by one. */
function names(label: string, person: string): boolean {
  return labelsOf(person).some(
    (l) => label === l || (label.endsWith(l) && POST.test(label.slice(0, -l.length))),
  );
}

/** The names a person goes by in a label: full name, and surname with a title. */
function labelsOf(name: string): string[] {
  const { surname, given } = splitName(name);
  if (surname === '' || given === '') return [name];
  return [name, ...[...TITLES, '总', '董'].map((t) => surname + t)];
}

/** The turn a label opens, or undefined if it names nobody known. */
function roleOf(label: string, cast: Cast): Omit<Turn, 'label'> | undefined {
  const bare = label.replace(/[《》]/g, '');
  if (QUESTION_LABELS.has(bare)) return { role: 'question', speaker: '' };
  if (ANSWER_LABELS.has(bare)) return { role: 'answer', speaker: cast.interviewee };
  if (names(bare, cast.interviewee)) {
    return { role: 'answer', speaker: cast.interviewee };
  }
  const publication = cast.publication?.replace(/[《》]/g, '');
  if (
    (publication && (bare === publication || bare === `${publication}记者`)) ||
    (cast.reporter && names(bare, cast.reporter))
  ) {
    return { role: 'question', speaker: '' };
  }
  const other = cast.people?.find((p) => names(bare, p));
  return other ? { role: 'remark', speaker: other } : undefined;
}

/**
 * The turn of each paragraph (undefined for narrative), given the paragraphs' plain texts in
 * reading order and the indexes where a section starts (a heading ends a turn).
 */
export function readTurns(
  texts: readonly string[],
  sectionStarts: ReadonlySet<number>,
  cast: Cast,
): (Turn | undefined)[] {
  let current: Omit<Turn, 'label'> | undefined;
  return texts.map((text, i) => {
    if (sectionStarts.has(i)) current = undefined;
    const match = text.match(LABEL);
    const opened = match ? roleOf(match[1] as string, cast) : undefined;
    if (opened && match) {
      current = opened.role === 'question' ? undefined : opened;
      return { ...opened, label: match[0].length };
    }
    // A label that names nobody known is someone else speaking: the turn before has ended.
    if (match) current = undefined;
    return current ? { ...current, label: 0 } : undefined;
  });
}
