import type { Entry } from '@/lib/archive/entries';
import type { Script } from '@/lib/text/scripts';
import { dayText } from '@/lib/web/dates';
import { pathIn, personPath } from '@/lib/web/urls';

type Props = { script: Script; entries: readonly Entry[]; headingLevel?: 2 | 3 };

/**
 * Articles as the archive lists them: title, interviewee (linking to their page) and role,
 * publication and issue, the day, and the opening. Plain links: no client code.
 */
export function EntryList({ script, entries, headingLevel = 2 }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="entry-list">
      {entries.map((entry) => (
        <li key={entry.slug}>
          <Heading className="entry-title">
            <a href={pathIn(script, entry.slug)}>{entry.title}</a>
          </Heading>
          <p className="entry-meta">
            <a href={personPath(script, entry.interviewee.id)}>{entry.interviewee.name}</a>
            {`，${entry.interviewee.role} · 《${entry.publication}》${entry.issue} · `}
            <time dateTime={entry.date}>{dayText(entry.date)}</time>
          </p>
          <p className="entry-summary">{entry.summary}</p>
        </li>
      ))}
    </ol>
  );
}
