import { dropChrome } from './chrome';
import { restorePunctuation } from './punctuation';
import { stripPinyin } from './pinyin';
import { repairRuns } from './repair-runs';
import { toSimplified } from './simplify';
import { recognise, type SeedArticle } from './structure';
import { serialize } from './serialize';

/**
 * Turns the damaged scrape into the article, in the order the damage must be undone:
 * misread runs first (their markers hold stray readings), then readings, page chrome,
 * punctuation, and the script, and last the structure.
 */
export function cleanSeed(raw: string): SeedArticle {
  const repaired = repairRuns(raw.replace(/\r\n?/g, '\n'));
  const lines = dropChrome(stripPinyin(repaired)).map(({ line, text }) => ({
    line,
    text: toSimplified(restorePunctuation(text)),
  }));
  return recognise(lines);
}

/** The seed as the Markdown file the project keeps in `content/`. Deterministic. */
export function importSeed(raw: string): string {
  return serialize(cleanSeed(raw));
}
