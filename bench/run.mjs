// `npm run bench`: measures the site as readers' browsers and operators' servers see it, in one
// run, and prints a Markdown report (`--write` also saves it as bench/RESULTS.md).
// Options: --quick (fewer rounds, for trying the script), --skip=lighthouse,throughput,flood,origins,build.
//
// What is measured lives in bench/measures/ (each returns figures), how it is reported in
// bench/report.mjs (figures in, Markdown out); this file runs them in order.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './lib.mjs';
import { measureBuildCost } from './measures/build.mjs';
import { measureLighthouse } from './measures/lighthouse.mjs';
import { measurePages } from './measures/pages.mjs';
import { measureOrigins, measureThroughput } from './measures/throughput.mjs';
import { measureFlood } from './measures/flood.mjs';
import {
  reportBuild,
  reportHead,
  reportLighthouse,
  reportFlood,
  reportOrigins,
  reportPages,
  reportThroughput,
} from './report.mjs';
import { buildAll, startAll } from './sites.mjs';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const SKIP = new Set((args.find((a) => a.startsWith('--skip=')) ?? '').slice(7).split(','));
const out = [];
/** Prints a section of the report as soon as it is measured, and keeps it for --write. */
const say = (lines) => {
  for (const line of lines) {
    out.push(line);
    console.log(line);
  }
};

/** The Chinese font families installed (fc-list), one a line; '' for none. */
function cjkFonts() {
  return new Promise((resolve) => {
    const fc = spawn('fc-list', [':lang=zh', 'family'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    fc.stdout.on('data', (d) => (text += d));
    fc.on('error', () => resolve(''));
    fc.on('exit', () => resolve(text.trim()));
  });
}

async function main() {
  say(
    reportHead({
      date: new Date().toISOString().slice(0, 10),
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? 'cpu',
      memory: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      os: `${os.platform()} ${os.release()}`,
      quick: QUICK,
      cjk: await cjkFonts(),
    }),
  );
  await buildAll();
  const { site, hello } = await startAll();
  try {
    const pages = await measurePages(site, hello);
    say(reportPages(pages));
    if (!SKIP.has('lighthouse')) {
      say(reportLighthouse(await measureLighthouse(site.base, hello.base, QUICK ? 1 : 5)));
    }
    if (!SKIP.has('throughput')) {
      const options = { rounds: QUICK ? 1 : 5, duration: QUICK ? 3 : 10 };
      say(reportThroughput(await measureThroughput(site, hello, pages.articleHtml, options)));
    }
    if (!SKIP.has('flood')) say(reportFlood(await measureFlood(site)));
    if (!SKIP.has('origins'))
      say(reportOrigins(await measureOrigins({ duration: QUICK ? 5 : 15 })));
  } finally {
    site.stop();
    hello.stop();
  }
  if (!SKIP.has('build')) say(reportBuild(await measureBuildCost(QUICK ? [1, 20] : [1, 100, 200])));
  if (args.includes('--write')) {
    fs.writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), `${out.join('\n')}\n`);
    console.error('wrote bench/RESULTS.md');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
