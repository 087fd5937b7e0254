import { paragraphs } from '../../lib/article-text';

/** `text` with every CJK ideograph moved `by` code points along the block (wrapping round). */
function shift(text, by) {
  const first = 0x4e00;
  const size = 0x9fff - first + 1;
  return text.replace(/[\u4e00-\u9fff]/g, (c) =>
    String.fromCharCode(first + ((c.charCodeAt(0) - first + by) % size)),
  );
}

/**
 * `count` characters of filler: `texts` (the article's paragraphs) with their ideographs
 * shifted by 1, then 2, … code points. Each round keeps the text's shape (its repeated words, its
 * punctuation, three bytes a character), so it compresses like the prose, but never repeats
 * the text or an earlier round.
 */
function filler(texts, count) {
  const blocks = [];
  let left = count;
  for (let by = 1; left > 0 && by < 50; by++) {
    for (const p of texts) {
      if (left <= 0) break;
      const piece = [...shift(p, by)].slice(0, left).join('');
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
  const texts = paragraphs();
  return (
    <main>
      {texts.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
      {filler(texts, Number(process.env.BENCH_FILLER_CHARS ?? 0)).map((text, i) => (
        <p key={`f${i}`}>{text}</p>
      ))}
    </main>
  );
}
