/** What an article's slug may be: its file name, and its path under a script. */

/** ASCII kebab-case; it is also the file name. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Paths under a script that the site's own pages hold (`/zh-hans/search`): no article may.
 * The words of the URL grammar (web/grammar.ts, which content may not import); its test holds
 * the two lists equal.
 */
export const RESERVED_SLUGS: readonly string[] = ['page', 'people', 'search'];
