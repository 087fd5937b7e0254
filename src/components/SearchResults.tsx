import type { ResultView } from '@/lib/archive/results';
import { dayText } from '@/lib/web/dates';
import type { Labels } from '@/lib/web/labels';

type Props = { results: readonly ResultView[]; total: number; labels: Labels };

/** Search results: each article's title, day and interviewee, and the matching words in `<mark>`. */
export function SearchResults({ results, total, labels }: Props) {
  if (total === 0) return <p className="search-note">{labels.noResults}</p>;
  return (
    <>
      <p className="search-note" role="status">
        {labels.resultCount(total)}
      </p>
      <ol className="entry-list search-results">
        {results.map((result) => (
          <li key={result.slug}>
            <h2 className="entry-title">
              <a href={result.href}>{result.title}</a>
            </h2>
            <p className="entry-meta">
              {`${result.interviewee} · `}
              <time dateTime={result.date}>{dayText(result.date)}</time>
            </p>
            <p className="entry-summary">
              {result.snippet.map((part, i) =>
                part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
              )}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
