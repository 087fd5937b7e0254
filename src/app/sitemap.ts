import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/articles';
import { DEFAULT_SCRIPT, SCRIPTS } from '@/lib/locale';
import { absolute, pathIn } from '@/lib/site';

/** Every page in both scripts, each entry listing its other script as an alternate. */
export default function sitemap(): MetadataRoute.Sitemap {
  const slugs = [undefined, ...getArticles(DEFAULT_SCRIPT).map((a) => a.slug)];
  return slugs.flatMap((slug) =>
    SCRIPTS.map((script) => ({
      url: absolute(pathIn(script, slug)),
      alternates: {
        languages: {
          'zh-Hans': absolute(pathIn('zh-hans', slug)),
          'zh-Hant': absolute(pathIn('zh-hant', slug)),
        },
      },
    })),
  );
}
