import { sitemapEntries, sitemapFiles, urlsetXml } from '@/lib/archive/sitemap';

/** One file of a split sitemap (see sitemap.xml); none exist while one file holds every URL. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const files = sitemapFiles(sitemapEntries());
  return files.length <= 1 ? [] : files.map((_, n) => ({ file: `${n}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const n = Number(file.replace(/\.xml$/, ''));
  const entries = sitemapFiles(sitemapEntries())[n];
  if (!/^\d+\.xml$/.test(file) || !entries) return new Response('Not found', { status: 404 });
  return new Response(urlsetXml(entries), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
