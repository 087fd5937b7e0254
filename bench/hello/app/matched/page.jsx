import { paragraphs } from '../../lib/article-text';

/**
 * `chars` read every `k`-th character from offset 0, then 1, … k−1: the same characters, with
 * no two neighbours that were neighbours before, so the filler never repeats the text.
 */
function deal(chars, k) {
  const out = [];
  for (let start = 0; start < k; start++) {
    for (let i = start; i < chars.length; i += k) out.push(chars[i]);
  }
  return out;
}

/** `count` characters of filler: the article's paragraphs reversed, then dealt 2, 3, … ways. */
function filler(count) {
  const blocks = [];
  let left = count;
  for (let k = 1; left > 0 && k < 50; k++) {
    for (const p of paragraphs()) {
      if (left <= 0) break;
      const piece = deal([...p].reverse(), k)
        .slice(0, left)
        .join('');
      blocks.push(piece);
      left -= piece.length;
    }
  }
  return blocks;
}

// The byte-matched floor: the text floor plus filler that brings the page to the article page's
// size (bench/run.mjs sets BENCH_FILLER_CHARS when it builds this app). Same server, same text,
// same bytes: what is left between this page and the article is not the number of bytes.
export default function Matched() {
  return (
    <main>
      {paragraphs().map((text, i) => (
        <p key={i}>{text}</p>
      ))}
      {filler(Number(process.env.BENCH_FILLER_CHARS ?? 0)).map((text, i) => (
        <p key={`f${i}`}>{text}</p>
      ))}
    </main>
  );
}
