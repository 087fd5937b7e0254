/**
 * `npm run check-content [-- content/<file>.md …]`: lists what will not render as the editor
 * typed it (see src/lib/content/check.ts), for every article in content/ or the files given,
 * as `content/<file>:<line>:<column> <rule> <message>`, and any of its share cards that could
 * not be drawn (a character no card font covers, in any script: lib/web/cards.ts), as
 * `content/<file> (<script>) card: …`. Exits 1 when it finds anything, so it can stand in a
 * pre-publish step. (The build checks the newest articles' cards itself: scripts/check-cards.ts;
 * this covers any article, older ones included.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildArticle } from '@/lib/content/articles';
import { checkMarkdown } from '@/lib/content/check';
import { parseArticleFile } from '@/lib/content/sources';
import { SCRIPTS } from '@/lib/text/scripts';
import { undrawableCards } from '@/lib/web/cards';

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
  try {
    const name = path.basename(file);
    const article = { slug: name.replace(/\.md$/, ''), ...parseArticleFile(name, source) };
    for (const script of SCRIPTS) {
      for (const problem of new Set(undrawableCards(buildArticle(article, script)))) {
        console.log(`${file} (${script}) card: ${problem}`);
        count += 1;
      }
    }
  } catch (error) {
    // A file the site cannot read at all: the build names it the same way.
    console.log(`${file} ${error instanceof Error ? error.message : String(error)}`);
    count += 1;
  }
}
console.log(count === 0 ? `${files.length} file(s): nothing to fix` : `${count} finding(s)`);
process.exit(count === 0 ? 0 : 1);
