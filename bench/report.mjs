// The bench's report: each measure's results (bench/measures/) as the Markdown lines of its
// section, with the targets they are held to. Nothing here measures.
import { SLUG, gzipSize, kb, median } from './lib.mjs';
import { FLOOR, MAIN_THREAD } from './measures/lighthouse.mjs';
import { ARTICLE_TARGET, CEILING_TARGET, FRONT_TARGET } from './measures/throughput.mjs';

/** The report's head: the machine, and the fonts Lighthouse renders CJK text with. */
export function reportHead({ date, cpus, model, memory, node, os, quick, cjk }) {
  return [
    '# Benchmark results',
    '',
    `Run on ${date}: ${cpus} × ${model}, ${memory} GiB, Node ${node}, ${os}.`,
    `Reproduce with \`npm run bench\`${quick ? ' (this run: --quick)' : ''}.`,
    '',
    cjk
      ? `CJK fonts: ${cjk.split('\n').length} Chinese families (fc-list), e.g. ${cjk.split('\n')[0]}.`
      : '**No Chinese font is installed** (`fc-list :lang=zh` is empty): every Han character goes through font fallback and Lighthouse measures that. Install fonts-noto-cjk.',
    '',
  ];
}

/** Client JavaScript and HTML weight (measures/pages.mjs). */
export function reportPages({ baseline, scripts, html }) {
  const lines = [
    '## Client JavaScript (gzip -9 of every `<script src>` the page loads)',
    '',
    '| page | scripts | gzip total | over baseline | opencc data |',
    '|---|---|---|---|---|',
    `| hello world (baseline, bench/hello) | ${baseline.files.length} | ${kb(baseline.total)} | — | — |`,
    ...scripts.map(
      (p) =>
        `| ${p.name} | ${p.files.length} | ${kb(p.total)} | ${kb(p.total - baseline.total)} | ${p.opencc} bytes |`,
    ),
    '',
    '## HTML weight (gzip -9)',
    '',
    '| document | raw | gzip |',
    '|---|---|---|',
    `| article page /zh-hans/${SLUG} | ${kb(html.raw)} | ${kb(html.gzip)} |`,
    `| floor: the same text as plain semantic HTML | ${kb(html.floorRaw)} | ${kb(html.floorGzip)} |`,
    '',
    `Ratio article ÷ floor (gzip): **${(html.gzip / html.floorGzip).toFixed(2)}**.`,
    `Without the ${html.cardTags} share-card meta tags (og:image…, twitter:…): **${(html.withoutCardsGzip / html.floorGzip).toFixed(2)}** (target ≤ 2.3).`,
    '',
    ...html.archive.map(
      (a) => `- ${a.name}: ${kb(a.gzip)} gzip (${(a.gzip / html.floorGzip).toFixed(2)}× the floor)`,
    ),
    '',
    'Where the page repeats itself (raw bytes of each part):',
    '',
  ];
  const { parts } = html;
  for (const [name, text] of Object.entries({
    "Next's inlined page data (self.__next_f)": parts.flight,
    'quotes panel': parts.panel,
    'pull quote': parts.pull,
    'table of contents': parts.toc,
    '<head> (metadata, alternates, preloads, inlined styles)': parts.head,
    'inlined first-screen styles (in <head> only, not in the page data)': parts.styles,
  })) {
    lines.push(`- ${name}: ${kb(Buffer.byteLength(text))}, ${kb(gzipSize(text))} gzip alone`);
  }
  lines.push('');
  return lines;
}

/** Lighthouse, simulated and real throttling, main-thread work and hydration (measures/lighthouse.mjs). */
export function reportLighthouse({ runs, names, simulated, throttled, hydration }) {
  const m = (results, name, k) => median(results.get(name).map((r) => r[k]));
  const lines = [
    '## Lighthouse 12.2.3 (mobile defaults, Debian Chromium)',
    '',
    `Median of ${runs} run(s) per page, pages interleaved in each round. The text floor is a bare Next page with the interview's text as plain paragraphs (bench/hello/text).`,
    '',
    '| page | Performance | Accessibility | Best Practices | SEO | LCP | TBT | CLS |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const name of names) {
    const k = (key) => m(simulated, name, key);
    lines.push(
      `| ${name} | ${k('performance')} | ${k('accessibility')} | ${k('bestPractices')} | ${k('seo')} | ${(k('lcp') / 1000).toFixed(2)} s | ${Math.round(k('tbt'))} ms | ${k('cls').toFixed(3)} |`,
    );
  }
  lines.push('');
  const ratio = (name, k) => m(simulated, name, k) / Math.max(m(simulated, FLOOR, k), 1);
  for (const name of names.filter((n) => n !== FLOOR)) {
    const points = m(simulated, name, 'performance') - m(simulated, FLOOR, 'performance');
    lines.push(
      `${name} against the floor: Performance ${points} points, TBT ${ratio(name, 'tbt').toFixed(2)}×, LCP ${ratio(name, 'lcp').toFixed(2)}× (targets: within 2 points, ≤ 1.2×, ≤ 1.1×).`,
      '',
    );
  }
  lines.push(
    `With real throttling (\`--throttling-method=devtools\`: mobile 4G and 4× CPU applied to the load itself), medians of ${runs}:`,
    '',
    '| page | Performance | FCP | LCP | TBT | CLS | LCP ÷ floor |',
    '|---|---|---|---|---|---|---|',
  );
  for (const name of throttled.keys()) {
    const k = (key) => m(throttled, name, key);
    lines.push(
      `| ${name} | ${k('performance')} | ${(k('fcp') / 1000).toFixed(2)} s | ${(k('lcp') / 1000).toFixed(2)} s | ${Math.round(k('tbt'))} ms | ${k('cls').toFixed(3)} | ${(k('lcp') / m(throttled, FLOOR, 'lcp')).toFixed(2)}× |`,
    );
  }
  lines.push(
    '',
    'Main-thread work (Lighthouse mainthread-work-breakdown, ms, medians) and hydration:',
    '',
    `| page | ${MAIN_THREAD.map(([, label]) => label).join(' | ')} | DOM elements | hydrated by React |`,
    `|---|${MAIN_THREAD.map(() => '---').join('|')}|---|---|`,
  );
  for (const name of names) {
    const cells = MAIN_THREAD.map(([group]) =>
      Math.round(median(simulated.get(name).map((r) => r.mainThread[group] ?? 0))),
    );
    const counts = hydration.get(name);
    lines.push(`| ${name} | ${cells.join(' | ')} | ${counts.elements} | ${counts.hydrated} |`);
  }
  lines.push('');
  return lines;
}

/** Requests per second (measures/throughput.mjs, measureThroughput). */
export function reportThroughput({ connections, duration, rounds, medians }) {
  const article = medians.get(ARTICLE_TARGET);
  const lines = [
    '## Throughput (autocannon on loopback, Accept-Encoding: gzip, br)',
    '',
    `${connections} connections, ${duration} s per target, ${rounds} interleaved round(s); medians of rounds. ` +
      'next start compresses every response with gzip (zlib level 6); nginx serves the cached or precompressed gzip copy.',
    '',
    '| target | req/s | p99 latency | HTML (raw) | bytes/response (sent) | non-2xx + errors | article ÷ target |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [name, m] of medians) {
    lines.push(
      `| ${name} | ${m.rps.toFixed(0)} | ${m.p99} ms | ${kb(m.raw)} | ${Math.round(m.bytesPerReq)} | ${m.bad} | ${(article.rps / m.rps).toFixed(2)} |`,
    );
  }
  lines.push(
    '',
    'The byte-matched floor is the text floor plus filler up to the article page’s raw size: ' +
      'the article’s paragraphs again, each ideograph shifted a few code points, so it compresses ' +
      'like the prose without repeating it. Same server, same compression, same bytes: where the ' +
      'article comes close to it, what separates the article from the text floor is the number ' +
      'of bytes each response carries and compresses, not how the page is rendered.',
    '',
  );
  const proxied = medians.get(FRONT_TARGET);
  const ceiling = medians.get(CEILING_TARGET);
  if (proxied && ceiling) {
    lines.push(
      `Through nginx: **${(proxied.rps / article.rps).toFixed(1)}×** next start (target ≥ 10×), ` +
        `**${(proxied.rps / ceiling.rps).toFixed(2)}** of the gzip_static ceiling (target ≥ 0.8); ` +
        `p99 ${proxied.p99} ms against ${article.p99} ms.`,
      '',
    );
  }
  return lines;
}

/** A flood of passage cards through nginx (measures/flood.mjs). */
export function reportFlood({ readers, cards, connections, seconds, flood, idle, during }) {
  const ratio = during.p97 / idle.p97;
  return [
    '## A flood of passage cards (through nginx)',
    '',
    `${cards} different passage cards of the article (every range the manifest allows, three scripts), each asked for once at ${connections} connections, each drawn by the origin on its first request; meanwhile the article through nginx at ${readers} requests a second (5 connections, in a process of their own, timed to 0.01 ms). Idle: the same readers alone for 10 s before.`,
    '',
    '| article through nginx | p50 | p97.5 | req/s |',
    '|---|---|---|---|',
    `| idle | ${idle.p50} ms | ${idle.p97} ms | ${idle.rps.toFixed(0)} |`,
    `| during the flood | ${during.p50} ms | ${during.p97} ms | ${during.rps.toFixed(0)} |`,
    ...(idle.bad + during.bad > 0
      ? ['', `Article answers other than 200: ${idle.bad} idle, ${during.bad} during.`]
      : []),
    '',
    `The flood took ${seconds.toFixed(1)} s (${(cards / seconds).toFixed(1)} cards/s): ${flood.ok} cards, ${flood.other} other answers or errors. ` +
      `Article p97.5 during it: **${ratio.toFixed(2)}×** idle (target ≤ 2×).`,
    '',
  ];
}

/** Several origins behind nginx (measures/throughput.mjs, measureOrigins). */
export function reportOrigins({ connections, duration, cores, rows }) {
  const lines = [
    '## Several origins (uncached `/` through nginx)',
    '',
    `\`npm run start:nginx -- --origins N\`, autocannon ${connections} connections for ${duration} s on \`/\` with \`Accept-Language: zh-HK\`: a 307 that depends on the reader, never cached, so every request reaches an origin.`,
    '',
    '| origins | req/s | p50 | p97.5 | 307s | other answers or errors |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.count} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p97} ms | ${r.redirects} | ${r.bad} |`,
    ),
  ];
  const [one, two] = rows;
  if (one && two) {
    lines.push(
      '',
      `Two origins serve **${(two.rps / one.rps).toFixed(2)}×** one on ${cores} cores (nginx and both origins share them).`,
    );
  }
  lines.push('');
  return lines;
}

/** Build cost by archive size (measures/build.mjs). */
export function reportBuild(rows) {
  const lines = [
    '## Build cost (`next build` in a temporary copy)',
    '',
    'Each article is prerendered in both scripts, with a share page and a card for each of its sections and quotations; generated articles are copies of the interview.',
    '',
    '| articles | HTML pages (articles, share pages) | cards (PNG) | build time | peak memory (process tree RSS) | output (.next/server/app) | output per article |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.count} | ${r.pages} | ${r.cards} | ${r.seconds.toFixed(1)} s | ${(r.peak / 2 ** 20).toFixed(0)} MiB | ${(r.bytes / 2 ** 20).toFixed(1)} MiB | ${(r.bytes / r.count / 2 ** 10).toFixed(0)} KB |`,
    ),
  ];
  const first = rows[0];
  const last = rows.at(-1);
  const perArticle = (last.seconds - first.seconds) / (last.count - first.count);
  lines.push(
    '',
    `Cost per article: ${(perArticle * 1000).toFixed(0)} ms of build time (from ${first.count} to ${last.count}).`,
  );
  if (rows.length >= 3) {
    const mid = rows[1];
    const predicted = first.seconds + perArticle * (mid.count - first.count);
    lines.push(
      `Linearity: ${mid.count} articles took ${mid.seconds.toFixed(1)} s; a straight line through the ends predicts ${predicted.toFixed(1)} s (${(((mid.seconds - predicted) / predicted) * 100).toFixed(0)}% off).`,
    );
  }
  lines.push('');
  return lines;
}
