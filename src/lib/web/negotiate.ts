import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { DEFAULT_SCRIPT, isScript, type Script } from '../text/scripts';

const TAGS = {
  'zh-Hans': 'zh-hans',
  'zh-Hant': 'zh-hant',
  'zh-Hant-HK': 'zh-hant-hk',
} as const satisfies Record<string, Script>;

/** Longer headers are cut before parsing: no browser sends more, and parsing stays cheap. */
const MAX_ACCEPT_LANGUAGE = 1024;

/** The language ranges of an Accept-Language header, best first, without `*` or malformed tags. */
function requested(acceptLanguage: string): string[] {
  const header = acceptLanguage.slice(0, MAX_ACCEPT_LANGUAGE);
  return new Negotiator({ headers: { 'accept-language': header } }).languages().filter((tag) => {
    if (tag === '*') return false;
    try {
      Intl.getCanonicalLocales(tag);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The script a reader gets when the URL does not say: the one in their cookie, else the best
 * match for their Accept-Language (CLDR likely subtags and language distances: zh-HK, zh-MO,
 * zh-Hant-HK → zh-hant-hk; zh-TW and a bare zh-Hant → zh-hant, Taiwan's, the first traditional
 * script; zh-CN, zh-SG, zh-Hans, bare zh → zh-hans), else zh-hans. Never throws: a malformed cookie or
 * header, `*`, an empty or an overlong one, all fall back.
 */
export function negotiateScript(cookie: string | undefined, acceptLanguage: string | null): Script {
  if (isScript(cookie)) return cookie;
  const ranges = requested(acceptLanguage ?? '');
  if (ranges.length === 0) return DEFAULT_SCRIPT;
  try {
    const tag = match(ranges, Object.keys(TAGS), 'zh-Hans') as keyof typeof TAGS;
    return TAGS[tag] ?? DEFAULT_SCRIPT;
  } catch {
    return DEFAULT_SCRIPT;
  }
}
