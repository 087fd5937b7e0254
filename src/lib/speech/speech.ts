import { readTurns, type Turn } from './dialogue';
import { SpeechFinder, type Part } from './quotes';

/** Who may speak in an article: the people it names, the interviewee first. */
export type Speakers = {
  /** Whose words are attributed, the interviewee first (none: nothing is found). */
  people: readonly string[];
  /** The reporter's name, for the labels of a Q&A transcript. */
  reporter?: string;
  /** The publication's name, for the labels of a Q&A transcript (`《南方周刊》：`). */
  publication?: string;
};

/** One utterance of the interviewee: its parts in reading order; `answer` for a Q&A answer. */
export type FoundUtterance = { speaker: string; parts: Part[]; answer?: true };

/**
 * What `findSpeech` gives back: each paragraph's turn when the article is printed as questions
 * and answers (undefined for narrative and for what is nobody's speech), and the interviewee's
 * utterances in reading order.
 */
export type Speech = { turns: (Turn | undefined)[]; utterances: FoundUtterance[] };

/** The offsets of a text without the spaces at either end, from `from`. */
function trimmed(text: string, from: number): { start: number; end: number } | undefined {
  const start = from + (text.slice(from).length - text.slice(from).trimStart().length);
  const end = text.trimEnd().length;
  return start < end ? { start, end } : undefined;
}

/**
 * Finds the interviewee's utterances in an article's paragraphs, given as plain simplified
 * texts in reading order (`null` for a block that is nobody's speech: a figure, a table, an
 * editor's note), with the indexes where a section starts (a heading ends a turn):
 * - the whole answers of a Q&A transcript (see dialogue.ts), an answer going on in the
 *   unlabelled paragraphs after it;
 * - direct speech in the narrative paragraphs (see quotes.ts).
 * Everyone's words are found, so that they are never taken for the interviewee's, but only the
 * interviewee's are given back; every turn is, whoever's it is. Offsets are the texts' own.
 */
export function findSpeech(
  texts: readonly (string | null)[],
  sectionStarts: ReadonlySet<number>,
  speakers: Speakers,
): Speech {
  const { people, reporter, publication } = speakers;
  const interviewee = people[0];
  if (interviewee === undefined) return { turns: texts.map(() => undefined), utterances: [] };
  const plain = texts.map((text) => text ?? '');
  const turns = readTurns(plain, sectionStarts, {
    interviewee,
    ...(reporter ? { reporter } : {}),
    ...(publication ? { publication } : {}),
    people: people.slice(1),
  });
  const found: FoundUtterance[] = [];
  turns.forEach((turn, i) => {
    const text = texts[i];
    if (!turn || text === null || text === undefined) return;
    if (turn.role === 'question' || turn.speaker !== interviewee) return;
    const part = trimmed(text, turn.label);
    const last = found.at(-1);
    const continues = turn.label === 0 && i > 0 && turns[i - 1] !== undefined && last?.answer;
    if (!part) return;
    if (continues && last) last.parts.push({ paragraph: i, ...part });
    else found.push({ speaker: turn.speaker, parts: [{ paragraph: i, ...part }], answer: true });
  });

  const narrative = plain.map((text, i) => (turns[i] ? '' : text));
  const { utterances } = new SpeechFinder(people).findAll(narrative);
  found.push(...utterances.filter((u) => u.speaker === interviewee));
  found.sort((a, b) => {
    const [x, y] = [a.parts[0] as Part, b.parts[0] as Part];
    return x.paragraph - y.paragraph || x.start - y.start;
  });
  return {
    turns: turns.map((turn, i) => (texts[i] === null ? undefined : turn)),
    utterances: found,
  };
}
