/**
 * The cookie that remembers the reader's choice of script: read by the proxy and the 404 page,
 * written by the reader's browser code (src/browser/reader.ts, which imports its name and
 * lifetime from here). No server-only code here.
 */
export const SCRIPT_COOKIE = 'script';

/** How long the choice is kept: one year, in seconds. */
export const SCRIPT_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
