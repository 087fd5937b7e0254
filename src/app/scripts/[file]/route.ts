import { READER_FILE, READER_SCRIPT } from '@/components/reader-script';

/**
 * The reader script (components/reader-script.ts), named by its content and written at build
 * time; any other name is a 404. Kept a year by browsers and caches: a changed text is a new
 * file name.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ file: READER_FILE }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file !== READER_FILE) return new Response('Not found', { status: 404 });
  return new Response(READER_SCRIPT, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
