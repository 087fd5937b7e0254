import { paragraphs } from '../../lib/article-text';

// The text floor: the article's words as bare paragraphs, served by the same server the same
// way, for the throughput comparison. Read at build time from the canonical Markdown.
export default function Text() {
  return (
    <main>
      {paragraphs().map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </main>
  );
}
