// The site's styles, compiled: each part in src/app/_styles/*.css minified by lightningcss for
// the browsers package.json's `browserslist` names, and written to src/app/_styles/compiled.json
// (git-ignored), which the pages import. next.config.ts compiles them when Next builds or
// serves in development, and Vitest's setup before the tests; nothing else writes them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import browserslist from 'browserslist';
import { browserslistToTargets, transform } from 'lightningcss';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = path.join(ROOT, 'src/app/_styles');

/**
 * The parts each page inlines as its first screen's styles (allowed by their hashes in the
 * Content-Security-Policy), and the rest, served as one stylesheet.
 */
export const CRITICAL_PARTS = ['base', 'article', 'archive', 'share'];
export const STYLE_PARTS = [...CRITICAL_PARTS, 'rest'];

/** One part minified; a CSS error names the file and line. */
function compilePart(name, targets) {
  const filename = path.join(DIR, `${name}.css`);
  const { code } = transform({
    filename: path.relative(ROOT, filename),
    code: fs.readFileSync(filename),
    minify: true,
    targets,
    errorRecovery: false,
  });
  return code.toString();
}

/**
 * Every part compiled, and the copy-link icon the rest links (link-icon.svg, as it is), written
 * to compiled.json when it changed; returns them by name.
 */
export function compileStyles() {
  const targets = browserslistToTargets(browserslist(undefined, { path: ROOT }));
  const styles = Object.fromEntries(STYLE_PARTS.map((name) => [name, compilePart(name, targets)]));
  styles.linkIcon = fs.readFileSync(path.join(DIR, 'link-icon.svg'), 'utf8');
  const file = path.join(DIR, 'compiled.json');
  const text = `${JSON.stringify(styles, null, 2)}\n`;
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  return styles;
}

/** CSP sources for the inlined parts: `'sha256-…'`, one per part. */
export function criticalStyleSources(styles) {
  return CRITICAL_PARTS.map(
    (name) =>
      `'sha256-${crypto.createHash('sha256').update(styles[name], 'utf8').digest('base64')}'`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) compileStyles();
