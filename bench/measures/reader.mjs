// Readers at a steady rate, in a process of their own: `node reader.mjs <url> <rate> <seconds>`
// asks for <url> <rate> times a second over 5 kept-alive connections for <seconds> (or until
// SIGTERM) and prints one JSON line: latency percentiles in milliseconds to 0.01 ms, requests a
// second, and how many answers were not 200. Its own process, so that a load generator sharing
// its event loop (the flood's) does not add its own queue to the figure; its own clock
// (`performance.now`), because autocannon counts whole milliseconds and a p97.5 of 2 ms would
// read as 2× at the first millisecond more.
import http from 'node:http';

const [url, rate, seconds] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: 5 });
const interval = 1000 / Number(rate);
const started = performance.now();
const end = started + Number(seconds) * 1000;
const latencies = [];
let sent = 0;
let pending = 0;
let bad = 0;
let stopping = false;

function ask() {
  const start = performance.now();
  pending++;
  const settle = (ok) => {
    pending--;
    if (ok) latencies.push(performance.now() - start);
    else bad++;
  };
  http
    .get(url, { agent, headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
      res.resume();
      res.on('end', () => settle(res.statusCode === 200));
    })
    .on('error', () => settle(false));
}

/** Sends every request whose time has come, then sleeps until the next one's. */
function tick() {
  const now = performance.now();
  if (stopping || now >= end) return drain();
  while (started + sent * interval <= now) {
    ask();
    sent++;
  }
  setTimeout(tick, Math.max(0, started + sent * interval - performance.now()));
}

function drain() {
  if (pending > 0) return setTimeout(drain, 5);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p) =>
    +latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(2);
  process.stdout.write(
    JSON.stringify({
      p50: at(0.5),
      p97: at(0.975),
      p99: at(0.99),
      rps: latencies.length / elapsed,
      bad,
    }) + '\n',
  );
  agent.destroy();
}

process.on('SIGTERM', () => (stopping = true));
tick();
