// Helpers for the benchmark and load scripts: servers on free ports, sizes, memory, medians.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');
export const SLUG = 'liu-qingfeng-general-ai';

/** A TCP port nothing listens on, on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The median of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** gzip size in bytes at level 9, the usual way bundle sizes are compared. */
export function gzipSize(data) {
  return zlib.gzipSync(data, { level: 9 }).length;
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Starts a command in its own process group and waits until `probe` answers 200.
 * Returns `{ proc, stop }`; stop() ends the whole group.
 */
export async function startServer(
  command,
  args,
  { cwd = ROOT, env = {}, probe, timeout = 60_000 },
) {
  const proc = spawn(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const stop = () => {
    try {
      process.kill(-proc.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const started = Date.now();
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`${command} exited: ${stderr}`);
    try {
      const response = await fetch(probe);
      if (response.status === 200) return { proc, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeout) {
      stop();
      throw new Error(`${command} did not answer ${probe} within ${timeout} ms: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs a command to completion, inheriting output unless quiet; resolves with its exit code. */
export function run(command, args, { cwd = ROOT, env = {}, quiet = false } = {}) {
  return new Promise((resolve) => {
    const proc = spawn(command, args, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: quiet ? 'ignore' : 'inherit',
    });
    proc.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(pid) {
  const children = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
      const match = status.match(/VmRSS:\s+(\d+) kB/);
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // exited while we looked
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** `<script src>` URLs of a page's HTML. */
export function scriptSources(html) {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
}
