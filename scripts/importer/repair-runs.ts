import { CORRECTIONS, type Correction } from './corrections';
import { fitsHole, realign, HOLE } from './realign';

/** A `?` and, when one follows, the remains of a pinyin annotation whose `(` was swallowed. */
const MARKER = /^\?(?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))?/u;
const TRAILING_MARKER = /\?(?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))?$/u;

/** Splits a damaged run into its leading marker, its core and whether a marker closes it. */
function splitRun(damaged: string): { core: string; endsLost: boolean } {
  const lead = damaged.match(MARKER);
  if (!lead) throw new Error(`correction "${damaged}" does not start with a lost-byte marker "?"`);
  const afterLead = damaged.slice(lead[0].length);
  const trail = afterLead.match(TRAILING_MARKER);
  if (!trail) return { core: afterLead, endsLost: false };
  return { core: afterLead.slice(0, afterLead.length - trail[0].length), endsLost: true };
}

/**
 * Repairs one damaged run: realigns its bytes and fills each hole with the next lost
 * character of the correction, after checking the character against the byte that survived.
 */
export function repairRun(correction: Correction): string {
  const { core, endsLost } = splitRun(correction.damaged);
  const { text, holes } = realign(core, endsLost);
  const lost = [...correction.lost];
  if (lost.length !== holes.length) {
    throw new Error(
      `correction "${correction.damaged}": ${holes.length} character(s) lost, ${lost.length} given`,
    );
  }
  const chars = [...text];
  holes.forEach((hole, i) => {
    const ch = lost[i] as string;
    if (!fitsHole(ch, hole)) {
      throw new Error(
        `correction "${correction.damaged}": "${ch}" does not fit the surviving byte`,
      );
    }
    chars[hole.index] = ch;
  });
  const repaired = chars.join('');
  if (repaired.includes(HOLE)) throw new Error(`correction "${correction.damaged}" left a hole`);
  return repaired;
}

/**
 * Replaces every damaged run listed in `corrections` with its repair.
 *
 * Fails, naming the entry, when a run stands in the text a different number of times than the
 * table says: a seed that changed must be read again, not patched blindly.
 */
export function repairRuns(text: string, corrections: readonly Correction[] = CORRECTIONS): string {
  let out = text;
  for (const correction of corrections) {
    const found = out.split(correction.damaged).length - 1;
    if (found !== correction.times) {
      throw new Error(
        `correction "${correction.damaged}": expected ${correction.times} time(s), found ${found}`,
      );
    }
    out = out.split(correction.damaged).join(repairRun(correction));
  }
  return out;
}
