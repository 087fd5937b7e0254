import type { CSSProperties } from 'react';

type Props = {
  /** What the card shows: an article, one section of it, a quotation, or a reader's passage. */
  kind: 'article' | 'section' | 'quote' | 'passage';
  /** The site's name, top left. */
  site: string;
  /** The publication and issue, top right: `《中国经济周刊》2024年第6期`. */
  source: string;
  /** The main text: the headline, the section heading, or the quotation (marks included). */
  main: string;
  /** Under it: the interviewee, the article's title, or the speaker. */
  by: string;
  /** Font families (see lib/web/cards.ts): the bold one for the main text, the regular one for the rest. */
  bold: string;
  regular: string;
};

const INK = '#1f1f1f';
const MUTED = '#5c5c5c';
const ACCENT = '#8a2a12';
const PAPER = '#fdfcf9';
const QUOTE_BG = '#f5efe2';

/** Main text sizes by length: the longer the text, the smaller, and past the last, cut. */
const SIZES: Record<Props['kind'], [chars: number, px: number][]> = {
  article: [
    [18, 68],
    [32, 60],
    [48, 50],
  ],
  section: [
    [14, 68],
    [28, 58],
    [44, 48],
  ],
  quote: [
    [28, 54],
    [60, 44],
    [96, 36],
    [130, 32],
  ],
  // Up to three sentences the reader chose: smaller at the end, and cut later.
  passage: [
    [28, 54],
    [60, 44],
    [96, 36],
    [130, 32],
    [180, 28],
  ],
};

/** The text and size the main text is set at, cut with an ellipsis past the longest step. */
export function fitMain(kind: Props['kind'], text: string): { text: string; px: number } {
  const chars = [...text];
  const steps = SIZES[kind];
  const step = steps.find(([n]) => chars.length <= n);
  if (step) return { text, px: step[1] };
  const [max, px] = steps.at(-1) as [number, number];
  const cut = chars.slice(0, max - 1).join('');
  const closer = kind === 'quote' ? (text.match(/[”」]$/)?.[0] ?? '') : '';
  return { text: `${cut}…${closer}`, px };
}

/**
 * A 1200×630 share card in the site's look: paper, ink and the accent rule, the site's name as
 * a quiet mark, the publication, the main text large in Noto Serif, and who or what it is from.
 * Satori draws it (next/og): every element with children is a flex box.
 */
export function ShareCard({ kind, site, source, main, by, bold, regular }: Props) {
  const fit = fitMain(kind, main);
  const frame: CSSProperties = {
    display: 'flex',
    flexDirection: 'column',
    width: '100%',
    height: '100%',
    background: kind === 'quote' || kind === 'passage' ? QUOTE_BG : PAPER,
    borderLeft: `18px solid ${ACCENT}`,
    padding: '56px 72px 56px 64px',
    fontFamily: regular,
    color: INK,
  };
  return (
    <div style={frame}>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 28 }}>
        <span style={{ color: ACCENT, letterSpacing: 4 }}>{site}</span>
        <span style={{ color: MUTED }}>{source}</span>
      </div>
      <div
        style={{
          display: 'flex',
          flexGrow: 1,
          alignItems: 'center',
          fontFamily: bold,
          fontWeight: 700,
          fontSize: fit.px,
          lineHeight: 1.4,
        }}
      >
        {fit.text}
      </div>
      <div
        style={{
          display: 'flex',
          fontSize: 30,
          color: kind === 'article' ? INK : MUTED,
          borderTop: `2px solid ${ACCENT}`,
          paddingTop: 20,
        }}
      >
        {by}
      </div>
    </div>
  );
}
