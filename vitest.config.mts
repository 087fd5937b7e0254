import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // Next resolves 'server-only' itself; outside Next the guard has nothing to guard.
      'server-only': fileURLToPath(new URL('./tests/support/server-only.ts', import.meta.url)),
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Tests prove behaviour, not speed (speed is the bench's): on a shared, noisy 2-core machine a
    // test that walks every fixture in every script took 5.8 s against Vitest's default of 5 s.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The pages import the compiled styles and reader's code (compiled.json, git-ignored).
    globalSetup: ['tests/support/compile-assets.ts'],
  },
});
