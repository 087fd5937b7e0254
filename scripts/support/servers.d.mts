import type { ChildProcess } from 'node:child_process';

export function freePort(): Promise<number>;

export function waitForServer(
  url: string,
  options?: {
    child?: ChildProcess;
    name?: string;
    timeoutMs?: number;
    isReady?: (status: number) => boolean;
  },
): Promise<void>;

/** Why nginx cannot run here (not installed), or undefined when it can. */
export function nginxMissing(): string | undefined;
