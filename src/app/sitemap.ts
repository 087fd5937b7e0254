import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/content/articles';
import { DEFAULT_SCRIPT, SCRIPTS } from '@/lib/text/scripts';
import { alternatesFor } from '@/lib/web/urls';

/** Every page in both scripts, each entry listing the page's alternates as its head does. */
export default function sitemap(): MetadataRoute.Sitemap {
  const slugs = [undefined, ...getArticles(DEFAULT_SCRIPT).map((a) => a.slug)];
  return slugs.flatMap((slug) =>
    SCRIPTS.map((script) => {
      const { canonical, languages } = alternatesFor(script, slug);
      return { url: canonical, alternates: { languages } };
    }),
  );
}
