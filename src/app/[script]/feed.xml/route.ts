import { feedXml } from '@/lib/archive/feed';
import { isScript, SCRIPTS } from '@/lib/text/scripts';

/** One feed per script, written at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return SCRIPTS.map((script) => ({ script }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ script: string }> }) {
  const { script } = await params;
  if (!isScript(script)) return new Response('Not found', { status: 404 });
  return new Response(feedXml(script), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
