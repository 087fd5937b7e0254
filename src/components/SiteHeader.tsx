import type { Labels } from '@/lib/web/labels';
import { SCRIPTS, type Script } from '@/lib/text/scripts';
import { pathIn } from '@/lib/web/urls';
import { ScriptToggle } from './ScriptToggle';

type Props = {
  script: Script;
  labels: Labels;
  /** The article on this page, if any: the toggle links to it in the other script. */
  slug?: string;
};

/** The sticky bar: a skip link, the site's name linking home, and the 简 | 繁 toggle. */
export function SiteHeader({ script, labels, slug }: Props) {
  const hrefs = Object.fromEntries(SCRIPTS.map((s) => [s, pathIn(s, slug)])) as Record<
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
