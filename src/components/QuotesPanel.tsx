import type { QuoteView } from '@/lib/articles';
import { asOneQuotation } from '@/lib/share';

type Props = {
  quotes: QuoteView[];
  title: string;
  /** Who said it and where, as copied after the quote: `刘庆峰，《中国经济周刊》2024年第6期`. */
  attribution: string;
  inContext: string;
  copyLabel: string;
  downloadLabel: string;
  /** The path of a quotation's card (PNG), for the download link. */
  cardHref: (id: string) => string;
};

/**
 * Every utterance of the interviewee, each linking to its place in the text, with a button to
 * copy it with its attribution and link (shown once scripts run). The attribution is written
 * once, on the panel, not on every button. A whole answer of a Q&A transcript is listed by its
 * opening sentence (the answer again would repeat the article); copying it copies all of it.
 * Each entry also offers its card (金句卡) as a PNG, for apps where links do not preview.
 */
export function QuotesPanel({
  quotes,
  title,
  attribution,
  inContext,
  copyLabel,
  downloadLabel,
  cardHref,
}: Props) {
  if (quotes.length === 0) return null;
  return (
    <aside className="quotes-panel" aria-labelledby="quotes-title" data-attribution={attribution}>
      <h2 id="quotes-title">{title}</h2>
      <ol>
        {quotes.map((q) => (
          <li key={q.id} data-answer={q.opening === undefined ? undefined : ''}>
            <blockquote>{q.opening ?? asOneQuotation(q.parts)}</blockquote>
            <a href={`#${q.id}`}>{inContext}</a>
            <a href={cardHref(q.id)} download={`${q.id}.png`} className="card-download">
              {downloadLabel}
            </a>
            <button type="button" data-copy="quote" data-target={q.id} hidden>
              {copyLabel}
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
