/** What an article's slug may be: its file name, and its path under a script. */

/** ASCII kebab-case; it is also the file name. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Paths under a script that the site's own pages hold (`/zh-hans/search`): no article may. */
export const RESERVED_SLUGS: readonly string[] = ['page', 'people', 'search'];
