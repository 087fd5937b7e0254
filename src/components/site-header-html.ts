import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Labels } from '@/lib/web/labels';
import { langOf, SCRIPTS, type Script } from '@/lib/text/scripts';
import { pathIn } from '@/lib/web/urls';

/**
 * Each choice of script named in its own script, so each audience reads its own; the visible
 * name is the accessible name (no aria-label that says something else).
 */
const NAME: Record<Script, string> = {
  'zh-hans': '简体',
  'zh-hant': '台灣繁體',
  'zh-hant-hk': '香港繁體',
};

/** 简体 | 台灣繁體 | 香港繁體: plain links to the same page in each script, the current one marked. */
export function scriptToggle(
  current: Script,
  hrefs: Record<Script, string>,
  label: string,
): Element {
  return h(
    'nav',
    { className: 'script-toggle', ariaLabel: label },
    SCRIPTS.map((script, i) =>
      h('span', [
        ...(i > 0 ? [h('span', { className: 'divider', ariaHidden: 'true' }, '| ')] : []),
        h(
          'a',
          {
            href: hrefs[script],
            lang: langOf(script),
            hrefLang: langOf(script),
            ariaCurrent: script === current ? 'page' : undefined,
            dataScript: script,
          },
          NAME[script],
        ),
      ]),
    ),
  );
}

/**
 * The sticky bar of every page: a skip link, the site's name linking home, and the 简 | 繁
 * toggle. `rest` is the page's path after the script (an article's slug, `page/2`,
 * `search?q=…`), if it is not the index: the toggle links to the same page, query and all, in
 * the other scripts.
 */
export function siteHeader(script: Script, labels: Labels, rest?: string): Element[] {
  const hrefs = Object.fromEntries(SCRIPTS.map((s) => [s, pathIn(s, rest)])) as Record<
    Script,
    string
  >;
  return [
    h('a', { className: 'skip-link', href: '#main' }, labels.skipToContent),
    h('header', { className: 'site-header' }, [
      h('a', { className: 'home', href: pathIn(script) }, labels.siteName),
      scriptToggle(script, hrefs, labels.scriptToggle),
    ]),
  ];
}
