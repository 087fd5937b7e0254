import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The site's own content-named files (the rest stylesheet `/styles/<hash>.css` and its icon
 * `/styles/<hash>.svg`, the reader's
 * code `/reader/<hash>.js`) as each build served them, kept under .next/static/site/, so
 * that a deploy that keeps the old `.next/static` beside the new one (README, "Deploying")
 * keeps them too: a page written by an earlier release, still open or cached somewhere, names
 * its own files, and they must still load. The current release's files are served by their
 * routes (src/app/styles, src/app/reader); the proxy answers older names from here.
 */
export const KEPT_DIR = path.join(process.cwd(), '.next', 'static', 'site');

/** The name of a file the site writes itself, made from its content: 16 hex digits, `.ext`. */
export function contentName(text: string, ext: 'css' | 'svg' | 'js'): string {
  return `${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}.${ext}`;
}

/**
 * A content-named file's path: its folder, 16 hex digits, its extension. Releases before the
 * reader's code moved to /reader/ served it as /scripts/<hash>.js.
 */
const KEPT_PATH = /^\/(?:styles\/[0-9a-f]{16}\.(?:css|svg)|(?:reader|scripts)\/[0-9a-f]{16}\.js)$/;

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript; charset=utf-8',
};

/** Whether `pathname` has the shape of a content-named file (nothing else is ever looked up). */
export function isKeptPath(pathname: string): boolean {
  return KEPT_PATH.test(pathname);
}

/** The kept file at `pathname` (`/styles/….css`), with its content type, or undefined. */
export function readKeptFile(pathname: string): { body: Buffer; type: string } | undefined {
  if (!isKeptPath(pathname)) return undefined;
  try {
    const body = fs.readFileSync(/*turbopackIgnore: true*/ path.join(KEPT_DIR, pathname));
    return { body, type: TYPES[path.extname(pathname)] as string };
  } catch {
    return undefined;
  }
}
