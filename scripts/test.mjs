// `npm test`: typecheck, lint, the unit and component tests (Vitest), then the browser tests
// (Playwright) against the production build and the fixture site. Both builds run in the
// background while the first steps run: those keep about one core busy, and these machines
// have two, so the browser tests start as soon as Vitest ends. A failing step stops the run
// with its status; a failing build prints its output. `--e2e-only` (npm run test:e2e): the
// builds, then the browser tests; other arguments go to Playwright
// (`npm run test:e2e -- methods.spec.ts`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const children = new Set();

/** Runs a command in the project; resolves to { code, out } (out: stdout when captured). */
function run(command, args, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      // A background build is its own process group, so that stopping it stops `next build`.
      detached: capture,
    });
    children.add(child);
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), out });
    });
  });
}

function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(1);
  });
}

/** The site's build, then the fixture site's (one after the other: two cores in all). */
async function buildSites() {
  const started = Date.now();
  const site = await run(process.execPath, ['scripts/build.mjs'], { capture: true });
  if (site.code !== 0) return { error: `npm run build failed:\n${site.out}` };
  const fixtures = await run(process.execPath, ['tests/support/fixture-site.mjs', '--build-only'], {
    capture: true,
  });
  const dir = fixtures.out.trim().split('\n').at(-1) ?? '';
  if (fixtures.code !== 0 || !fs.existsSync(path.join(dir, '.next'))) {
    return { error: `building the fixture site failed:\n${fixtures.out}` };
  }
  return { dir, seconds: (Date.now() - started) / 1000 };
}

const builds = buildSites();
let status = 0;
const steps = process.argv.includes('--e2e-only') ? [] : ['typecheck', 'lint', 'test:unit'];
for (const script of steps) {
  ({ code: status } = await run(NPM, ['run', script]));
  if (status !== 0) break;
}
// On a failure the builds are not needed: stop them (their copy under .test-builds/ may stay).
if (status !== 0) stopAll();
const built = await builds;
try {
  if (status === 0 && built.error) {
    console.error(built.error);
    status = 1;
  }
  if (status === 0) {
    console.log(
      `\nThe site and the fixture site were built meanwhile (${built.seconds.toFixed(0)} s, ${os.cpus().length} cores): browser tests.\n`,
    );
    const playwright = path.join(ROOT, 'node_modules/@playwright/test/cli.js');
    const args = process.argv.slice(2).filter((a) => a !== '--e2e-only');
    ({ code: status } = await run(process.execPath, [playwright, 'test', ...args], {
      env: { FIXTURE_SITE_DIR: built.dir },
    }));
  }
} finally {
  if (built.dir) fs.rmSync(built.dir, { recursive: true, force: true });
}
process.exit(status);
