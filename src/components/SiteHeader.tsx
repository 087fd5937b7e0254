import type { Labels } from '@/lib/web/labels';
import { SCRIPTS, type Script } from '@/lib/text/scripts';
import { pathIn } from '@/lib/web/urls';
import { ScriptToggle } from './ScriptToggle';

type Props = {
  script: Script;
  labels: Labels;
  /**
   * The page's path after the script (an article's slug, `page/2`, `search?q=…`), if it is not
   * the index: the toggle links to the same page, query and all, in the other scripts.
   */
  rest?: string;
};

/** The sticky bar: a skip link, the site's name linking home, and the 简 | 繁 toggle. */
export function SiteHeader({ script, labels, rest }: Props) {
  const hrefs = Object.fromEntries(SCRIPTS.map((s) => [s, pathIn(s, rest)])) as Record<
    Script,
    string
  >;
  return (
    <>
      <a className="skip-link" href="#main">
        {labels.skipToContent}
      </a>
      <header className="site-header">
        <a className="home" href={pathIn(script)}>
          {labels.siteName}
        </a>
        <ScriptToggle current={script} hrefs={hrefs} label={labels.scriptToggle} />
      </header>
    </>
  );
}
