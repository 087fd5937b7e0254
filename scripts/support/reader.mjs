// The reader's browser code (src/browser/reader.ts, a TypeScript module that may import),
// bundled and minified by esbuild for the browsers package.json's `browserslist` names, and
// written to src/browser/compiled.json (git-ignored), which the pages' builders import to
// serve it under a name made from its content (components/reader-hooks.ts). next.config.ts
// bundles it when Next builds or serves in development, and Vitest's setup before the tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import browserslist from 'browserslist';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY = path.join(ROOT, 'src/browser/reader.ts');
const OUT = path.join(ROOT, 'src/browser/compiled.json');

/** browserslist's names for the engines esbuild knows, and esbuild's. */
const ENGINES = {
  chrome: 'chrome',
  edge: 'edge',
  firefox: 'firefox',
  safari: 'safari',
  ios_saf: 'ios',
  opera: 'opera',
};

/** esbuild's targets: the oldest version of each engine browserslist names. */
function targets() {
  const oldest = new Map();
  for (const entry of browserslist(undefined, { path: ROOT })) {
    const [name, range] = entry.split(' ');
    const engine = ENGINES[name];
    const version = Number.parseFloat(range.split('-')[0]);
    if (!engine || Number.isNaN(version)) continue;
    if (!oldest.has(engine) || version < oldest.get(engine)) oldest.set(engine, version);
  }
  return [...oldest].map(([engine, version]) => `${engine}${version}`);
}

/** The reader's code, one minified file; written to compiled.json when it changed. */
export function bundleReader() {
  const result = buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: targets(),
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const text = `${JSON.stringify({ code }, null, 2)}\n`;
  if (!fs.existsSync(OUT) || fs.readFileSync(OUT, 'utf8') !== text) fs.writeFileSync(OUT, text);
  return code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) bundleReader();
