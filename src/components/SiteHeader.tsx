import { toHtml } from 'hast-util-to-html';
import type { Labels } from '@/lib/web/labels';
import type { Script } from '@/lib/text/scripts';
import { siteHeader } from './site-header-html';
import { putStaticHtml } from './static-html';
import { StaticHtml } from './StaticHtml';

type Props = {
  script: Script;
  labels: Labels;
  /** The page's path after the script, if it is not the index (see siteHeader). */
  rest?: string;
};

/**
 * The sticky bar (site-header-html.ts) in a React page, placed as static HTML like the article:
 * the article page, which is not a React page, writes the same bar from the same builder.
 */
export function SiteHeader({ script, labels, rest }: Props) {
  const html = toHtml(siteHeader(script, labels, rest));
  const key = `header:${script}:${rest ?? ''}`;
  putStaticHtml(key, html);
  return <StaticHtml htmlKey={key} className="static-html" once />;
}
