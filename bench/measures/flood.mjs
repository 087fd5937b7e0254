// A flood of passage cards through nginx: readers (or a crawler) asking for many different
// cards at once, each drawn on its first request, while other readers read the article.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { openArchive, SLUG } from '../lib.mjs';
import { startNginxFront } from '../sites.mjs';

const SCRIPTS = ['zh-hans', 'zh-hant', 'zh-hant-hk'];

/** Every passage card of the article the build's manifest allows, in every script. */
async function passageCards() {
  const db = await openArchive();
  const counts = JSON.parse(db.prepare('SELECT p FROM articles WHERE slug = ?').get(SLUG).p);
  db.close();
  const ranges = [];
  for (const [block, count] of Object.entries(counts)) {
    for (let from = 1; from <= count; from++) {
      for (let to = from; to <= Math.min(count, from + 2); to++) {
        ranges.push(`${block}/${to === from ? from : `${from}-${to}`}`);
      }
    }
  }
  return SCRIPTS.flatMap((script) =>
    ranges.map((range) => `/${script}/${SLUG}/p/${range}/card.png`),
  );
}

const cannon = (options) => {
  let instance;
  const done = new Promise((resolve, reject) => {
    instance = autocannon(
      { headers: { 'accept-encoding': 'gzip, br' }, ...options },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
  return { instance, done };
};

/** Readers of `url` at `rate` a second in their own process (reader.mjs); `stop()` ends them early. */
function readers(url, rate, seconds) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./reader.mjs', import.meta.url)), url, String(rate), String(seconds)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const done = new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`reader exited ${code}`)),
    ),
  );
  return { stop: () => child.kill('SIGTERM'), done };
}

/**
 * The article's latency through nginx (its cached copy) idle, then while `cards` distinct
 * passage cards are asked for at `connections` connections, each once (every one drawn by the
 * origin on its first request): p50/p97.5 of the article read at `readers` requests a second
 * (5 connections, reader.mjs) in both windows, and the flood's own time and answers.
 */
export async function measureFlood(
  site,
  { cards = 200, connections = 20, idle = 10, readers: rate = 200 } = {},
) {
  const front = await startNginxFront(site);
  try {
    const article = front.url;
    const base = new URL(article).origin;
    const paths = (await passageCards()).slice(0, cards);
    if (paths.length < cards) throw new Error(`only ${paths.length} passage cards exist`);
    await cannon({ url: article, connections: 5, duration: 2 }).done; // warm nginx's copy
    // Readers at a steady rate, not as fast as the machine goes: a saturating client would
    // measure its own share of these 2 cores, not what a reader waits.
    const quiet = await readers(article, rate, idle).done;
    let next = 0;
    const flood = cannon({
      url: base,
      connections,
      amount: paths.length,
      requests: [
        { setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) },
      ],
    });
    const reading = readers(article, rate, 600);
    const started = Date.now();
    const flooded = await flood.done;
    const seconds = (Date.now() - started) / 1000;
    reading.stop();
    const during = await reading.done;
    return {
      readers: rate,
      cards: paths.length,
      connections,
      seconds,
      flood: { ok: flooded['2xx'], other: flooded.non2xx + flooded.errors + flooded.timeouts },
      idle: quiet,
      during,
    };
  } finally {
    front.stop();
  }
}
