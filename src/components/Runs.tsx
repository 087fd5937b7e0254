import type { ReactNode } from 'react';
import type { Run } from '@/lib/article';

type Props = { runs: Run[] };

function marked(run: Run, key: number): ReactNode {
  let node: ReactNode = run.text;
  const marks = run.marks;
  if (marks?.code) node = <code>{node}</code>;
  if (marks?.em) node = <em>{node}</em>;
  if (marks?.strong) node = <strong>{node}</strong>;
  if (marks?.href) node = <a href={marks.href}>{node}</a>;
  return <span key={key}>{node}</span>;
}

/** A paragraph's text with its emphasis, links and code; plain runs render as bare text. */
export function Runs({ runs }: Props) {
  return runs.map((run, i) => (run.marks ? marked(run, i) : run.text));
}
