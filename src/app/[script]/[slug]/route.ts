import { articleDocument } from '../../_article/document';
import { htmlResponse } from '../../_document/respond';
import { notFoundResponse } from '@/app/_document/not-found';
import { newestSlugs } from '@/lib/archive/entries';
import { prerenderedCount } from '@/lib/archive/manifest';
import { getArticle } from '@/lib/content/articles';
import { isScript, SCRIPTS } from '@/lib/text/scripts';

type Params = { params: Promise<{ script: string; slug: string }> };

/**
 * An article in one script (_article/document.ts). The newest articles are written at build
 * time in every script; the others on first request, and kept. The proxy lets only slugs that
 * exist through (see lib/archive/manifest.ts).
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  const slugs = newestSlugs(prerenderedCount());
  return SCRIPTS.flatMap((script) => slugs.map((slug) => ({ script, slug })));
}

export async function GET(_request: Request, { params }: Params) {
  const { script, slug } = await params;
  if (!isScript(script)) return notFoundResponse();
  const article = getArticle(slug, script);
  if (!article) return notFoundResponse(script);
  return htmlResponse(articleDocument(article));
}
