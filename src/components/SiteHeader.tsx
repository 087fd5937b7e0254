import type { Script } from '@/lib/locale';
import { ScriptToggle } from './ScriptToggle';

type Props = {
  script: Script;
  siteName: string;
  skipToContent: string;
  toggleLabel: string;
  hrefs: Record<Script, string>;
};

/** The sticky bar: a skip link, the site's name linking home, and the 简 | 繁 toggle. */
export function SiteHeader({ script, siteName, skipToContent, toggleLabel, hrefs }: Props) {
  return (
    <>
      <a className="skip-link" href="#main">
        {skipToContent}
      </a>
      <header className="site-header">
        <a className="home" href={`/${script}`}>
          {siteName}
        </a>
        <ScriptToggle current={script} hrefs={hrefs} label={toggleLabel} />
      </header>
    </>
  );
}
