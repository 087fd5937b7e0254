// Helpers for the benchmark and load scripts: servers, sizes, memory, medians (free ports and
// waiting for a server come from scripts/support/servers.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { BUILD_SCRIPT } from '../scripts/support/project-copy.mjs';
import { waitForServer } from '../scripts/support/servers.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');
export const SLUG = 'liu-qingfeng-general-ai';

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
  try {
    await waitForServer(probe, {
      child: proc,
      name: command,
      timeoutMs: timeout,
      isReady: (status) => status === 200,
    });
  } catch (error) {
    stop();
    throw new Error(`${error.message}: ${stderr}`);
  }
  return { proc, stop };
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

/**
 * CPU time a process has used so far (user and system), in milliseconds (Linux /proc; its
 * clock ticks are 1/100 s).
 */
export function cpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** `<script src>` URLs of a page's HTML. */
export function jsSources(html) {
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
}

/**
 * Wall time and peak resident memory (whole process tree) of the site's build (`npm run
 * build`: next build, then the search index and manifest) in `dir`. Rejects with the end of its
 * error output if it fails.
 */
export function timedBuild(dir) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const proc = spawn(process.execPath, [BUILD_SCRIPT], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(proc.pid))), 100);
    proc.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`build failed in ${dir}: ${stderr.slice(-2000)}`));
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peak });
    });
  });
}

/**
 * The build's archive database (`<dir>/.next/archive.db`), read-only, through the driver this
 * Node has, as the site opens it (src/lib/archive/sqlite.ts: node:sqlite, else better-sqlite3).
 */
export async function openArchive(dir = ROOT) {
  const file = path.join(dir, '.next', 'archive.db');
  const builtin = process.getBuiltinModule?.('node:sqlite');
  if (builtin) return new builtin.DatabaseSync(file, { readOnly: true });
  const { default: Database } = await import('better-sqlite3');
  return new Database(file, { readonly: true });
}
