import { execFileSync } from 'node:child_process';

/**
 * Runs a table generator (scripts/names/build-*.ts) with `--check` and returns what it
 * printed: it exits non-zero, and this throws, when the committed table differs from what it
 * makes. Allow it a long time-out: it reads CC-CEDICT (about 8 s alone, 50 s on a busy machine).
 */
export function checkGenerated(script: string): string {
  return execFileSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'scripts/tsconfig.json', script, '--check'],
    { encoding: 'utf8' },
  );
}
