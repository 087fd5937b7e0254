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
