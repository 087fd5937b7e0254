import { archiveSitemap, sitemapFile, sitemapFileCount, urlsetXml } from '@/lib/archive/sitemap';

/** One file of a split sitemap (see sitemap.xml); none exist while one file holds every URL. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const files = sitemapFileCount(archiveSitemap());
  return files <= 1 ? [] : Array.from({ length: files }, (_, n) => ({ file: `${n}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const entries = /^\d+\.xml$/.test(file)
    ? sitemapFile(archiveSitemap(), Number(file.slice(0, -'.xml'.length)))
    : undefined;
  if (!entries) return new Response('Not found', { status: 404 });
  return new Response(urlsetXml(entries), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
