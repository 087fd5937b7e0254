import type { Part } from '../speech/quotes';
import { findSpeech, type Speakers } from '../speech/speech';
import { isProse, paragraphText, type Paragraph, type QuotePart, type Run } from './blocks';

/**
 * One utterance of a named speaker. Its text is not copied here: it is the runs of the
 * paragraphs `paragraphIds` marked with `id` (see `utteranceParts`), so it converts with them.
 * `answer` marks a whole answer in a Q&A transcript.
 */
export type Quote = { id: string; speaker: string; paragraphIds: string[]; answer?: true };

/** The text of each part of utterance `id` in `paragraph`, quotation marks included. */
export function utteranceParts(paragraph: Paragraph, id: string): string[] {
  const parts: string[] = [];
  for (const run of paragraph.runs) {
    if (run.quote?.id !== id) continue;
    const index = run.quote.part - 1;
    parts[index] = (parts[index] ?? '') + run.text;
  }
  return parts;
}

/** The element id of one part of an utterance: the utterance id, then `-2`, `-3` for later parts. */
export function partId(quote: QuotePart): string {
  return quote.part === 1 ? quote.id : `${quote.id}-${quote.part}`;
}

type Span = { start: number; end: number; quote?: QuotePart; label?: true };

/** Cuts runs at the span edges and marks the runs inside each span as the span says. */
function markSpans(runs: Run[], spans: Span[]): Run[] {
  if (spans.length === 0) return runs;
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const cuts = new Set([0, run.text.length]);
    for (const span of spans) {
      for (const edge of [span.start - at, span.end - at]) {
        if (edge > 0 && edge < run.text.length) cuts.add(edge);
      }
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const from = sorted[i] as number;
      const to = sorted[i + 1] as number;
      const span = spans.find((s) => at + from >= s.start && at + to <= s.end);
      out.push({
        ...run,
        text: run.text.slice(from, to),
        ...(span?.quote ? { quote: span.quote } : {}),
        ...(span?.label ? { label: true as const } : {}),
      });
    }
    at += run.text.length;
  }
  return out;
}

/**
 * Marks the utterances of `people` (the interviewee first) in the paragraphs, found by the
 * speech room in their plain texts (speech/speech.ts): each turn of a Q&A transcript is set as
 * dialogue with its label, and each utterance of the interviewee gets an id and its runs.
 * Words of someone the article does not name are not marked. An utterance's id is
 * `<paragraph id>-q<n>`, its first paragraph's id and n counting the utterances that start in
 * that paragraph, so it is as stable as that paragraph's id.
 */
export function markQuotes(
  paragraphs: Paragraph[],
  sectionStarts: ReadonlySet<number>,
  speakers: Speakers,
): Quote[] {
  // Figures, tables and block quotes (editors' notes) are nobody's speech and nobody's turn.
  const texts = paragraphs.map((p) => (isProse(p) ? paragraphText(p) : null));
  const { turns, utterances } = findSpeech(texts, sectionStarts, speakers);
  const spans: Span[][] = paragraphs.map(() => []);
  turns.forEach((turn, i) => {
    if (!turn) return;
    (paragraphs[i] as Paragraph).turn = turn.role;
    if (turn.label > 0) spans[i]?.push({ start: 0, end: turn.label, label: true });
  });
  const counts = new Map<number, number>();
  const quotes = utterances.map((u): Quote => {
    const first = (u.parts[0] as Part).paragraph;
    const n = (counts.get(first) ?? 0) + 1;
    counts.set(first, n);
    const id = `${(paragraphs[first] as Paragraph).id}-q${n}`;
    u.parts.forEach((p, k) => spans[p.paragraph]?.push({ ...p, quote: { id, part: k + 1 } }));
    const paragraphIds = [
      ...new Set(u.parts.map((p) => (paragraphs[p.paragraph] as Paragraph).id)),
    ];
    return { id, speaker: u.speaker, paragraphIds, ...(u.answer ? { answer: true } : {}) };
  });
  paragraphs.forEach((p, i) => (p.runs = markSpans(p.runs, spans[i] ?? [])));
  return quotes;
}
