import fs from 'node:fs';
import path from 'node:path';

// The text floor: the article's words as bare paragraphs, served by the same server the same
// way, for the throughput comparison. Read at build time from the canonical Markdown.
function paragraphs() {
  const file = path.join(process.cwd(), '..', '..', 'content', 'liu-qingfeng-general-ai.md');
  const source = fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8');
  const body = source.slice(source.indexOf('\n---\n', 4) + 5);
  return body
    .split(/\n{2,}/)
    .map((block) => block.replace(/^##\s+/, '').trim())
    .filter(Boolean);
}

export default function Text() {
  return (
    <main>
      {paragraphs().map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </main>
  );
}
