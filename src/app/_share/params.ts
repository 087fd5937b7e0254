import { getArticles } from '@/lib/content/articles';
import { SCRIPTS } from '@/lib/text/scripts';
import type { ShareKind } from '@/lib/web/share';

/** The params of a share page or card: an article's, or a section's or quotation's too. */
export type ShareParams = { script: string; slug: string; section?: string; quote?: string };

/**
 * Every article in every script, or with `kind` every section or quotation of each, as the
 * params of the pages and cards to prerender: all params from the segment up, as a child
 * segment may give them.
 */
export function shareParams(kind?: ShareKind): ShareParams[] {
  return SCRIPTS.flatMap((script) =>
    getArticles(script).flatMap((article): ShareParams[] => {
      const base = { script, slug: article.slug };
      if (kind === 'section') return article.sections.map((s) => ({ ...base, section: s.id }));
      if (kind === 'quote') return article.quotes.map((q) => ({ ...base, quote: q.id }));
      return [base];
    }),
  );
}
