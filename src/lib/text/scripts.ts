/**
 * The scripts a text is read in, named as they appear in URLs, and their BCP 47 tags:
 * simplified (`zh-hans`), Taiwan's traditional (`zh-hant`, the first traditional script, whose
 * URLs never change) and Hong Kong's traditional (`zh-hant-hk`).
 * No React and no opencc-js here: anything may import this module.
 */
export const SCRIPTS = ['zh-hans', 'zh-hant', 'zh-hant-hk'] as const;

export type Script = (typeof SCRIPTS)[number];

/** The canonical script of `content/`, and the one a reader gets when nothing says otherwise. */
export const DEFAULT_SCRIPT: Script = 'zh-hans';

const LANG = {
  'zh-hans': 'zh-Hans',
  'zh-hant': 'zh-Hant',
  'zh-hant-hk': 'zh-Hant-HK',
} as const satisfies Record<Script, string>;

/** True when `value` names a script the site serves (exact, lower-case, as in URLs). */
export function isScript(value: unknown): value is Script {
  return typeof value === 'string' && (SCRIPTS as readonly string[]).includes(value);
}

/** The `lang` attribute value for a script: `zh-Hans`, `zh-Hant` or `zh-Hant-HK`. */
export function langOf(script: Script): (typeof LANG)[Script] {
  return LANG[script];
}
