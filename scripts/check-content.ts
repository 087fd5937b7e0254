/**
 * `npm run check-content [-- content/<file>.md …]`: lists what will not render as the editor
 * typed it (see src/lib/content/check.ts), for every article in content/ or the files given,
 * as `content/<file>:<line>:<column> <rule> <message>`. Exits 1 when it finds anything, so it
 * can stand in a pre-publish step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkMarkdown } from '@/lib/content/check';

const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args
    : fs
        .readdirSync('content')
        .filter((f) => f.endsWith('.md'))
        .map((f) => path.join('content', f));

let count = 0;
for (const file of files) {
  const source = fs.readFileSync(file, 'utf8');
  // Findings point into the whole file: count the front matter's lines.
  const front = source.match(/^---\r?\n[\s\S]*?\r?\n---\r?\n/)?.[0] ?? '';
  const offset = front.split('\n').length - 1;
  for (const f of checkMarkdown(source.slice(front.length), offset)) {
    console.log(`${file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
    count += 1;
  }
}
console.log(count === 0 ? `${files.length} file(s): nothing to fix` : `${count} finding(s)`);
process.exit(count === 0 ? 0 : 1);
