import { langOf, SCRIPTS, type Script } from '@/lib/text/scripts';

type Props = {
  /** The script of the page the reader is on. */
  current: Script;
  /** The same page in each script. */
  hrefs: Record<Script, string>;
  /** Accessible name of the toggle, in the current script. */
  label: string;
};

/**
 * Each choice named in its own script, so each audience reads its own; the visible name is the
 * accessible name (no aria-label that says something else).
 */
const NAME: Record<Script, string> = {
  'zh-hans': '简体',
  'zh-hant': '台灣繁體',
  'zh-hant-hk': '香港繁體',
};

/** 简体 | 台灣繁體 | 香港繁體: plain links to the same page in each script, the current one marked. */
export function ScriptToggle({ current, hrefs, label }: Props) {
  return (
    <nav className="script-toggle" aria-label={label}>
      {SCRIPTS.map((script, i) => (
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
            aria-current={script === current ? 'page' : undefined}
            data-script={script}
          >
            {NAME[script]}
          </a>
        </span>
      ))}
    </nav>
  );
}
