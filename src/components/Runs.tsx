import type { ReactNode } from 'react';
import { partId, type QuotePart, type Run } from '@/lib/article';

type Props = { runs: Run[] };

function marked(run: Run, key: number): ReactNode {
  let node: ReactNode = run.text;
  const marks = run.marks;
  // A speaker label is bold whether or not the source set it in bold.
  if (run.label) {
    return (
      <b key={key} className="turn-label">
        {node}
      </b>
    );
  }
  if (!marks) return node;
  if (marks.code) node = <code>{node}</code>;
  if (marks.em) node = <em>{node}</em>;
  if (marks.strong) node = <strong>{node}</strong>;
  if (marks.href) node = <a href={marks.href}>{node}</a>;
  return <span key={key}>{node}</span>;
}

const samePart = (a?: QuotePart, b?: QuotePart) => a?.id === b?.id && a?.part === b?.part;

/**
 * A paragraph's text with its emphasis, links and code. Each part of an utterance is wrapped in
 * a `span.utterance` whose id links to it; its quotation marks stay real characters, so copied
 * text is exact.
 */
export function Runs({ runs }: Props) {
  const groups: { quote?: QuotePart; runs: Run[] }[] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    if (last && samePart(last.quote, run.quote)) last.runs.push(run);
    else groups.push({ quote: run.quote, runs: [run] });
  }
  return groups.map((group, i) => {
    const content = group.runs.map((run, k) => marked(run, k));
    // Plain text needs no element of its own: every element costs bytes twice, in the HTML and
    // again in the page data Next inlines for hydration.
    if (!group.quote)
      return content.length === 1 && typeof content[0] === 'string' ? (
        content[0]
      ) : (
        <span key={i}>{content}</span>
      );
    return (
      <span key={i} className="utterance" id={partId(group.quote)}>
        {content}
      </span>
    );
  });
}
