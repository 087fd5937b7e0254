import 'server-only';
import { archiveDb } from '@/lib/archive/archive-store';
import { SCRIPTS } from '@/lib/text/scripts';
import { toScript } from '@/lib/text/convert';

/**
 * A sentence that goes through every table a conversion uses: OpenCC's phrases and characters
 * in both standards, jieba's cutting, and a measure word after a numeral (jieba's word counts).
 */
const SAMPLE = '人工智能的发展需要三只手共同推动，几十年来头一回。';

/**
 * Makes, once per process, what pages made on request would otherwise make for their first
 * reader; logs and goes on if anything fails (the page that needs it will then say why).
 */
export function warmUp(): void {
  const started = performance.now();
  try {
    for (const script of SCRIPTS) toScript(SAMPLE, script);
    archiveDb();
  } catch (error) {
    console.error('warm-up failed:', error);
    return;
  }
  console.log(
    `warm-up: converters and archive database ready in ${Math.round(performance.now() - started)} ms`,
  );
}
