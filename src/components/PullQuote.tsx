import type { QuoteView } from '@/lib/articles';

type Props = { quote: QuoteView; speaker: string };

/** Shortest sentence-like first part worth setting large; decided on the canonical ids, not text. */
export function pickPullQuote(quotes: QuoteView[]): QuoteView | undefined {
  return quotes.find((q) => {
    const first = [...(q.parts[0] ?? '')].length;
    return first >= 8 && first <= 42;
  });
}

/**
 * A pull quote: the first part of an utterance, set large. It repeats words that stand in the
 * text, so it is hidden from assistive technology, which reads them there.
 */
export function PullQuote({ quote, speaker }: Props) {
  return (
    <aside className="pull-quote" aria-hidden="true">
      <p>{quote.parts[0]}</p>
      <p className="pull-quote-by">——{speaker}</p>
    </aside>
  );
}
