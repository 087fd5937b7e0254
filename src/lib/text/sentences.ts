/**
 * Where a text's sentences are, for sharing one: a sentence ends at 。！？ (or ! ? not followed
 * by a Latin letter or digit, as in `Yahoo!Japan`), a run of them counting as one end (`？！`),
 * and takes the closing quotation marks and brackets that follow it (`……。”`). Quotation marks
 * do not hide an end: the sentences of a long quotation are each a sentence, so a reader can
 * share one line of it. What is left after the last end, if it is more than space, is a
 * sentence too. Space between sentences belongs to neither.
 *
 * The rule reads only sentence ends and closing marks, which the conversion to traditional
 * characters never changes (and the corner marks 」』 close as ” ’ do), so a block has as many
 * sentences in every script, each at the same index: a shared sentence's index is taken from
 * the simplified source and found again in any script. Used on the server (the manifest, share
 * pages, cards) and in the browser (the reader's selection and marks).
 */

/** A sentence: its start and end (exclusive) as string offsets in the text. */
export type SentenceSpan = { start: number; end: number };

/** Whether the character at `i` ends a sentence: `!`/`?` only before no Latin letter or digit. */
const isEnd = (text: string, i: number): boolean =>
  /[。！？]/.test(text[i] ?? '') ||
  (/[!?]/.test(text[i] ?? '') && !/[A-Za-z0-9]/.test(text[i + 1] ?? ''));
/** What stays with the end before it: closing quotation marks and brackets. */
const CLOSER = /[”’」』）)》〉】〕"'\]]/;
const SPACE = /\s/;

/** The sentences of `text`, in order; none for a text of space only. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const close = (end: number) => {
    while (start < end && SPACE.test(text[start] as string)) start++;
    let last = end;
    while (last > start && SPACE.test(text[last - 1] as string)) last--;
    if (last > start) spans.push({ start, end: last });
    start = end;
  };
  let i = 0;
  while (i < text.length) {
    if (!isEnd(text, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (isEnd(text, end) || CLOSER.test(text[end] as string))) {
      end++;
    }
    close(end);
    i = end;
  }
  close(text.length);
  return spans;
}
