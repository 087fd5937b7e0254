import { sitemapEntries, sitemapFiles, sitemapIndexXml, urlsetXml } from '@/lib/archive/sitemap';

/**
 * The sitemap, written at build time: every page in one file, or past 50,000 URLs an index of
 * files (/sitemaps/<n>.xml), which Next's own generateSitemaps does not write.
 */
export const dynamic = 'force-static';

export function GET() {
  const files = sitemapFiles(sitemapEntries());
  const xml = files.length <= 1 ? urlsetXml(files[0] ?? []) : sitemapIndexXml(files.length);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
