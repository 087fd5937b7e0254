import { createHash } from 'node:crypto';
import { articleDocument } from '../../_article/document';
import { newestSlugs } from '@/lib/archive/entries';
import { prerenderedCount } from '@/lib/archive/manifest';
import { getArticle } from '@/lib/content/articles';
import { DEFAULT_SCRIPT, isScript, SCRIPTS, type Script } from '@/lib/text/scripts';
import { notFoundHtml } from '@/lib/web/not-found';

type Params = { params: Promise<{ script: string; slug: string }> };

/**
 * An article in one script: a whole HTML document, not a React page (see _article/document.ts).
 * The newest articles are written at build time in every script; the others on first request,
 * and kept. The proxy lets only slugs that exist through (see lib/archive/manifest.ts).
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  const slugs = newestSlugs(prerenderedCount());
  return SCRIPTS.flatMap((script) => slugs.map((slug) => ({ script, slug })));
}

/** Only without the build's manifest (the proxy answers unknown slugs first): never kept. */
function notFound(script: Script) {
  return new Response(notFoundHtml(script), {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}

export async function GET(_request: Request, { params }: Params) {
  const { script, slug } = await params;
  if (!isScript(script)) return notFound(DEFAULT_SCRIPT);
  const article = getArticle(slug, script);
  if (!article) return notFound(script);
  const html = articleDocument(article);
  // Named by its content, like Next's own pages: a cache revalidates with If-None-Match.
  const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 22)}"`;
  return new Response(html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', ETag: etag },
  });
}
