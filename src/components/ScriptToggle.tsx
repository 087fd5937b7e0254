import { langOf, type Script } from '@/lib/text/scripts';

type Props = {
  /** The script of the page the reader is on. */
  current: Script;
  /** The same page in each script. */
  hrefs: Record<Script, string>;
  /** Accessible name of the toggle, in the current script. */
  label: string;
};

const SHORT: Record<Script, string> = { 'zh-hans': '简', 'zh-hant': '繁' };
const FULL: Record<Script, string> = { 'zh-hans': '简体中文', 'zh-hant': '繁體中文' };

/** 简 | 繁: plain links to the same page in each script, the current one marked. */
export function ScriptToggle({ current, hrefs, label }: Props) {
  const scripts: Script[] = ['zh-hans', 'zh-hant'];
  return (
    <nav className="script-toggle" aria-label={label}>
      {scripts.map((script, i) => (
        <span key={script}>
          {i > 0 && (
            <span className="divider" aria-hidden="true">
              |{' '}
            </span>
          )}
          <a
            href={hrefs[script]}
            lang={langOf(script)}
            hrefLang={langOf(script)}
            aria-label={FULL[script]}
            aria-current={script === current ? 'page' : undefined}
            data-script={script}
          >
            {SHORT[script]}
          </a>
        </span>
      ))}
    </nav>
  );
}
