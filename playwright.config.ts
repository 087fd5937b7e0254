import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against `next start` (the production build, made by `npm test` first) on a
 * free port, in Debian's Chromium: Playwright never downloads a browser here. The `nginx`
 * project runs the reader's journeys again through nginx in front of that same server, as
 * `npm run start:nginx --upstream` sets it up from deploy/nginx/ (Debian's nginx must be installed).
 */
function freePort(): string {
  const script =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ['-e', script]).toString().trim();
}

// Workers load this file again; the port chosen by the first load is passed on in the environment.
process.env.E2E_PORT ??= freePort();
process.env.E2E_NGINX_PORT ??= freePort();
process.env.E2E_FIXTURE_PORT ??= freePort();
process.env.E2E_FIXTURE_NGINX_PORT ??= freePort();
const port = process.env.E2E_PORT;
const nginxPort = process.env.E2E_NGINX_PORT;
const fixturePort = process.env.E2E_FIXTURE_PORT;
const fixtureNginxPort = process.env.E2E_FIXTURE_NGINX_PORT;

export const baseURL = `http://127.0.0.1:${port}`;
export const nginxURL = `http://127.0.0.1:${nginxPort}`;
/** The fixture interviews' site (tests/support/fixture-site.mjs), and nginx in front of it. */
export const fixtureURL = `http://127.0.0.1:${fixturePort}`;
export const fixtureNginxURL = `http://127.0.0.1:${fixtureNginxPort}`;

/** Specs that read the fixture interviews, typed the way editors type them. */
const FIXTURE_SPECS = ['markdown.spec.ts', 'images.spec.ts', 'archive.spec.ts'];

/** What readers do in a browser, run once against next start and once through nginx. */
const JOURNEYS = ['anchors.spec.ts', 'article.spec.ts', 'scripts.spec.ts', 'passages.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'next-start', testIgnore: ['nginx.spec.ts', ...FIXTURE_SPECS] },
    { name: 'nginx', testMatch: ['nginx.spec.ts', ...JOURNEYS], use: { baseURL: nginxURL } },
    { name: 'fixtures', testMatch: FIXTURE_SPECS, use: { baseURL: fixtureURL } },
    { name: 'fixtures-nginx', testMatch: 'images.spec.ts', use: { baseURL: fixtureNginxURL } },
  ],
  webServer: [
    {
      command: `node node_modules/next/dist/bin/next start --port ${port} --hostname 127.0.0.1`,
      url: `${baseURL}/zh-hans`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/start-nginx.mjs --upstream 127.0.0.1:${port}`,
      env: { PORT: nginxPort },
      url: `${nginxURL}/zh-hans`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Builds a copy with the fixtures first (about a minute), unless npm test built it.
      command: 'node tests/support/fixture-site.mjs',
      env: { PORT: fixturePort },
      url: `${fixtureURL}/zh-hans`,
      reuseExistingServer: false,
      timeout: 300_000,
      // SIGTERM, not Playwright's default SIGKILL, so that it removes the copy it built.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/start-nginx.mjs --upstream 127.0.0.1:${fixturePort}`,
      env: { PORT: fixtureNginxPort },
      url: `${fixtureNginxURL}/zh-hans`,
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
