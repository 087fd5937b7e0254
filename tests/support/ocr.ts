import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Tesseract's language for each script's cards. */
const LANGUAGE = { 'zh-hans': 'chi_sim', 'zh-hant': 'chi_tra', 'zh-hant-hk': 'chi_tra' } as const;

/** The text Tesseract reads on a card (a PNG), with its language for the card's script. */
export function readCard(png: Buffer, script: keyof typeof LANGUAGE): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'card-')), 'card.png');
  fs.writeFileSync(file, png);
  try {
    return execFileSync('tesseract', [file, '-', '-l', LANGUAGE[script]], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** Characters only, for comparing OCR output with text: no spaces or punctuation. */
const bare = (s: string) => s.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');

/** How much of `expected` (in order) OCR found: longest common subsequence ÷ length. */
export function recovered(found: string, expected: string): number {
  const a = [...bare(found)];
  const b = [...bare(expected)];
  const row = new Array<number>(b.length + 1).fill(0);
  for (const ch of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = ch === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return (row[b.length] as number) / b.length;
}
