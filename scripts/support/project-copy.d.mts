import type { SpawnSyncReturns } from 'node:child_process';

export const ROOT: string;
export const NEXT_BIN: string;
export const BUILD_SCRIPT: string;

export function copyProject(
  prefix: string,
  options?: { articles?: Record<string, string> },
): string;

export function buildCopy(dir: string, env?: Record<string, string>): SpawnSyncReturns<string>;
