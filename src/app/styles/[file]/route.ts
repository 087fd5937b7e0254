import { STYLESHEET, STYLESHEET_FILE } from '../../_styles';

/**
 * The stylesheet beyond the first screen (src/app/_styles), named by its content and written
 * at build time; any other name is a 404. Kept a year by browsers and caches: a changed text
 * is a new file name.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ file: STYLESHEET_FILE }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file !== STYLESHEET_FILE) return new Response('Not found', { status: 404 });
  return new Response(STYLESHEET, {
    headers: {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
