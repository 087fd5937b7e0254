import {
  archiveSitemap,
  sitemapFile,
  sitemapFileCount,
  sitemapIndexXml,
  urlsetXml,
} from '@/lib/archive/sitemap';

/**
 * The sitemap, written at build time: every page in one file, or past 50,000 URLs an index of
 * files (/sitemaps/<n>.xml), which Next's own generateSitemaps does not write.
 */
export const dynamic = 'force-static';

export function GET() {
  const source = archiveSitemap();
  const files = sitemapFileCount(source);
  const xml = files <= 1 ? urlsetXml(sitemapFile(source, 0) ?? []) : sitemapIndexXml(files);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
