import fs from 'node:fs';
import path from 'node:path';

/** The interview's blocks (headings and paragraphs) as plain strings, from the canonical Markdown. */
export function paragraphs() {
  const file = path.join(process.cwd(), '..', '..', 'content', 'liu-qingfeng-general-ai.md');
  const source = fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8');
  const body = source.slice(source.indexOf('\n---\n', 4) + 5);
  return body
    .split(/\n{2,}/)
    .map((block) => block.replace(/^##\s+/, '').trim())
    .filter(Boolean);
}
