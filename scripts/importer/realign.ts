import iconv from 'iconv-lite';

/** Marks a character whose bytes did not survive. */
export const HOLE = '\uFFFD';

/** What is known of a character that lost a byte: the byte that survived, if any. */
export type Hole = { index: number; lead?: number; trail?: number };

export type Realigned = { text: string; holes: Hole[] };

/** ASCII printable range and its full-width twin (U+FF01–U+FF5E) are 0xFEE0 apart. */
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Undoes NFKC's flattening of full-width forms inside a run: every ASCII character except,
 * when the run re-synchronised on its own, the last one.
 *
 * Why only the last: a real single-byte (ASCII) character puts the one-byte-late reading back
 * in step, so it can only stand at the end of a run. Anything ASCII before it was a
 * full-width GBK character (`！` 0xA3A1, `Ｐ` 0xA3D0) that a later normalisation made ASCII.
 */
function widen(core: string, keepLast: boolean): string {
  const chars = [...core];
  return chars
    .map((ch, i) => {
      const code = ch.charCodeAt(0);
      const isLast = i === chars.length - 1;
      if (code < 0x21 || code > 0x7e || (isLast && keepLast)) return ch;
      return String.fromCharCode(code + FULL_WIDTH_OFFSET);
    })
    .join('');
}

/**
 * Reads a damaged run back in step: encodes it as GBK again and decodes it one byte earlier.
 *
 * `core` is the run without its markers: the text that a decoder produced while it read one
 * byte late. The byte it skipped is gone, so the first character comes back as a hole with
 * only its trail byte known; when the run was closed by a lost byte (`endsLost`), the last
 * character comes back as a hole with only its lead byte known. An empty core is one hole.
 * Nothing is guessed here: holes are filled from the corrections table.
 *
 * @param core the damaged characters between the markers
 * @param endsLost true when a `?` closed the run (the decoder swallowed a byte pair there);
 *   false when the run ended on a real ASCII byte that put the reading back in step
 */
export function realign(core: string, endsLost: boolean): Realigned {
  if (core === '') return { text: HOLE, holes: [{ index: 0 }] };
  const bytes = iconv.encode(widen(core, !endsLost), 'gbk');
  const first = bytes[0] as number;
  const rest = iconv.decode(bytes.subarray(1), 'gbk');
  const holes: Hole[] = [{ index: 0, trail: first }];
  if (endsLost) {
    // An odd number of bytes after the first leaves a lead byte without its trail.
    if (!rest.endsWith(HOLE))
      throw new Error(`run "${core}" was closed by a lost byte but decodes whole`);
    holes.push({ index: [...rest].length, lead: bytes[bytes.length - 1] as number });
  } else if (rest.includes(HOLE)) {
    throw new Error(`run "${core}" does not decode in step: "${rest}"`);
  }
  return { text: HOLE + rest, holes };
}

/**
 * True when `ch`, encoded as GBK, agrees with the byte of `hole` that survived.
 * A hole with no surviving byte accepts any character GBK can encode.
 */
export function fitsHole(ch: string, hole: Hole): boolean {
  const bytes = iconv.encode(ch, 'gbk');
  if (bytes.length !== 2 || iconv.decode(bytes, 'gbk') !== ch) return false;
  if (hole.lead !== undefined && bytes[0] !== hole.lead) return false;
  if (hole.trail !== undefined && bytes[1] !== hole.trail) return false;
  return true;
}
