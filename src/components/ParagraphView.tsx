import type { Paragraph } from '@/lib/article';
import { Runs } from './Runs';

type Props = { paragraph: Paragraph; linkLabel: string };

/**
 * A paragraph with its id and a link to itself (a pilcrow drawn by CSS, so copied text stays
 * clean). A dialogue turn says whose it is in its class (`turn-question`, `turn-answer`,
 * `turn-remark`), and its speaker label is a `.turn-label`.
 */
export function ParagraphView({ paragraph, linkLabel }: Props) {
  return (
    <p id={paragraph.id} className={paragraph.turn ? `turn-${paragraph.turn}` : undefined}>
      <Runs runs={paragraph.runs} />
      <a className="para-link" href={`#${paragraph.id}`} aria-label={linkLabel} />
    </p>
  );
}
