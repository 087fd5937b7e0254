import type { MetadataRoute } from 'next';
import { getEntries } from '@/lib/archive/entries';
import { pageCount } from '@/lib/archive/pages';
import { getPeople } from '@/lib/archive/people';
import { DEFAULT_SCRIPT, SCRIPTS } from '@/lib/text/scripts';
import { alternatesFor, personRest } from '@/lib/web/urls';

/**
 * Every page readers land on, in every script, each entry listing the page's alternates as its
 * head does: the index and its later pages, each article (its day of last change as
 * `lastmod`), each person's page.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const entries = getEntries(DEFAULT_SCRIPT);
  const newest = entries[0] && (entries[0].updated ?? entries[0].date);
  const pages: { rest?: string; lastModified?: string }[] = [
    { ...(newest ? { lastModified: newest } : {}) },
    ...Array.from({ length: pageCount(entries.length) - 1 }, (_, i) => ({ rest: `page/${i + 2}` })),
    ...entries.map((e) => ({ rest: e.slug, lastModified: e.updated ?? e.date })),
    ...[...getPeople(DEFAULT_SCRIPT).values()].map((p) => ({
      rest: personRest(p.id),
      lastModified: (p.entries[0]?.updated ?? p.entries[0]?.date) as string,
    })),
  ];
  return pages.flatMap(({ rest, lastModified }) =>
    SCRIPTS.map((script) => {
      const { canonical, languages } = alternatesFor(script, rest);
      return {
        url: canonical,
        ...(lastModified ? { lastModified } : {}),
        alternates: { languages },
      };
    }),
  );
}
