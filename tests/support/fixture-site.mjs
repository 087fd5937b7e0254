// The site with the editor-typed fixture interviews (tests/fixtures/articles) as its content
// and their images (tests/fixtures/public) in public/: a copy of the project under .test-builds/,
// built, then served by `next start` on $PORT. The browser tests read every fixture page in both
// scripts from it (Playwright starts it as a web server and stops it after the run).
//
// `--build-only` builds a copy and prints its directory; with FIXTURE_SITE_DIR set to such a
// directory the server starts from it without building (scripts/test.mjs builds it while the
// unit tests run, and removes it).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildCopy, copyProject, NEXT_BIN, ROOT } from '../../scripts/support/project-copy.mjs';

const FIXTURES = path.join(ROOT, 'tests/fixtures/articles');

// Only the two newest interviews are made at build time: the others' pages, share pages,
// cards and people's pages are made on first request, as in a large archive, so the browser
// tests read both kinds.
const PRERENDER_NEWEST = '2';

/** Copies the project with the fixture interviews and images, builds it; returns its folder. */
function buildFixtureSite() {
  // The interviews typed the way editors type Markdown (their expect.json counts `blocks`):
  // what the browser tests read here. The seed and the older fixtures are left out, so the
  // build makes a few hundred pages and cards fewer.
  const articles = {};
  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.expect.json'))) {
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
    if (!expected.blocks) continue;
    const name = file.replace('.expect.json', '.md');
    articles[name] = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  }
  const dir = copyProject('fixture-site', { articles });
  fs.cpSync(path.join(ROOT, 'tests/fixtures/public'), path.join(dir, 'public'), {
    recursive: true,
  });
  const build = buildCopy(dir, { PRERENDER_NEWEST });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  }
  return dir;
}

if (process.argv.includes('--build-only')) {
  console.log(buildFixtureSite());
  process.exit(0);
}

const prebuilt = process.env.FIXTURE_SITE_DIR;
const dir = prebuilt || buildFixtureSite();
// A prebuilt copy belongs to whoever built it.
const cleanUp = () => {
  if (!prebuilt) fs.rmSync(dir, { recursive: true, force: true });
};
const port = process.env.PORT ?? '3000';
const server = spawn(
  process.execPath,
  [NEXT_BIN, 'start', '--port', port, '--hostname', '127.0.0.1'],
  {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGTERM'));
server.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
