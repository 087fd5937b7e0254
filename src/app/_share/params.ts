import { newestSlugs } from '@/lib/archive/entries';
import { prerenderedCount } from '@/lib/archive/manifest';
import { getArticle } from '@/lib/content/articles';
import { SCRIPTS } from '@/lib/text/scripts';
import type { ShareKind } from '@/lib/web/share';
import { decodeSegment } from '@/lib/web/urls';

/**
 * The params of a share page or card: an article's, or a section's, quotation's or passage's
 * (its paragraph, `block`, and its sentences, `range`) too, as the URL has them.
 */
export type ShareParams = {
  script: string;
  slug: string;
  section?: string;
  quote?: string;
  block?: string;
  range?: string;
};

/**
 * The id a share page or card of `kind` is for (see lib/web/share.ts), from its params as the
 * URL has them (escaped); undefined if they do not decode.
 */
export function shareId(kind: ShareKind, p: ShareParams): string | undefined {
  const raw =
    kind === 'section'
      ? p.section
      : kind === 'quote'
        ? p.quote
        : p.block !== undefined && p.range !== undefined
          ? `${p.block}~${p.range}`
          : undefined;
  return raw === undefined ? undefined : decodeSegment(raw);
}

/**
 * The newest articles (see prerenderedCount) in every script, or with `kind` every section or
 * quotation of each, as the params of the pages and cards the build makes ahead: all params
 * from the segment up, as a child segment may give them. The others are made on first request.
 */
export function shareParams(kind?: ShareKind): ShareParams[] {
  const slugs = newestSlugs(prerenderedCount());
  return SCRIPTS.flatMap((script) =>
    slugs.flatMap((slug): ShareParams[] => {
      const article = getArticle(slug, script);
      if (!article) return [];
      const base = { script, slug: article.slug };
      if (kind === 'section') return article.sections.map((s) => ({ ...base, section: s.id }));
      if (kind === 'quote') return article.quotes.map((q) => ({ ...base, quote: q.id }));
      return [base];
    }),
  );
}
