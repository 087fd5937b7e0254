/**
 * `npm run build` runs this before `next build`: every card of the newest articles (the ones
 * the build makes ahead; see prerenderedCount) can be drawn in every script, i.e. the card
 * fonts cover each character. Cards themselves are drawn on first request
 * (src/app/_cards/render.tsx); a character no font covers stops the build here, naming the
 * file, the script, the card and the characters, instead of failing that card later.
 */
import { prerenderedCount } from '@/lib/archive/manifest';
import { newestFirst } from '@/lib/archive/order';
import { getArticle } from '@/lib/content/articles';
import { eachArticleSource } from '@/lib/content/sources';
import { SCRIPTS } from '@/lib/text/scripts';
import { undrawableCards } from '@/lib/web/cards';

const started = performance.now();
// Before the archive's database is written (and before Next compiles): from the sources.
const slugs = newestFirst(eachArticleSource()).slice(0, prerenderedCount());
const problems = new Set<string>();
for (const slug of slugs) {
  for (const script of SCRIPTS) {
    const article = getArticle(slug, script);
    if (!article) continue;
    for (const problem of undrawableCards(article)) {
      problems.add(`content/${slug}.md (${script}): ${problem}`);
    }
  }
}
if (problems.size > 0) {
  console.error(`Some cards cannot be drawn:\n${[...problems].map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `cards: every card of the ${slugs.length} newest articles can be drawn in ${SCRIPTS.length} scripts ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
