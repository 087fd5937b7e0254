// Client JavaScript and HTML weight of the pages, from their responses.
import { SLUG, gzipSize, jsSources } from '../lib.mjs';

const OPENCC_MARKERS = ['一丝不挂 一絲不掛', '㐷 傌|㐹 㑶'];

/** Sum of gzip sizes of the scripts a page references, and whether any holds opencc data. */
async function clientJs(base, pagePath) {
  const html = await (await fetch(base + pagePath)).text();
  let total = 0;
  let opencc = 0;
  const files = [];
  for (const src of jsSources(html)) {
    const js = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    const size = gzipSize(js);
    total += size;
    files.push([src, size]);
    const text = js.toString('utf8');
    if (OPENCC_MARKERS.some((m) => text.includes(m))) opencc += js.length;
  }
  return { total, opencc, files, html };
}

/** The floor: the article's words in plain, hand-written semantic HTML, nothing else. */
function floorHtml(articleHtml) {
  const strip = (s) => s.replace(/<[^>]+>/g, '');
  const title = strip(articleHtml.match(/<h1>(.*?)<\/h1>/)?.[1] ?? '');
  const byline = strip(articleHtml.match(/<p class="byline">(.*?)<\/p>/)?.[1] ?? '');
  const body = [...articleHtml.matchAll(/<h2 id="[^"]*">(.*?)<\/h2>|<p id="(p\d+)">(.*?)<\/p>/g)]
    .map((m) => (m[1] ? `<h2>${strip(m[1])}</h2>` : `<p>${strip(m[3])}</p>`))
    .join('\n');
  const credit = strip(
    articleHtml.match(/<footer class="article-footer"><p>(.*?)<\/p>/)?.[1] ?? '',
  );
  return `<!DOCTYPE html>
<html lang="zh-Hans">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<article>
<h1>${title}</h1>
<p>${byline}</p>
${body}
<footer><p>${credit}</p></footer>
</article>
</body>
</html>
`;
}

/** Where the article page's HTML repeats itself: the inlined page data, the quotes, the TOC. */
function htmlParts(html) {
  const flight = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)]
    .map((m) => m[1])
    .join('');
  const panel = html.match(/<aside class="quotes-panel".*?<\/aside>/s)?.[0] ?? '';
  const pull = html.match(/<aside class="pull-quote".*?<\/aside>/s)?.[0] ?? '';
  const toc = html.match(/<nav class="toc".*?<\/nav>/s)?.[0] ?? '';
  const head = html.match(/<head>.*?<\/head>/s)?.[0] ?? '';
  const styles = [...html.matchAll(/<style[^>]*>.*?<\/style>/gs)].map((m) => m[0]).join('');
  return { flight, panel, pull, toc, head, styles };
}

/** The archive's pages measured beside the article. */
const ARCHIVE_PAGES = [
  ['/zh-hans (index)', '/zh-hans'],
  ['/zh-hant/people/刘庆峰', `/zh-hant/people/${encodeURIComponent('刘庆峰')}`],
  ['/zh-hans/search?q=算力', `/zh-hans/search?q=${encodeURIComponent('算力')}`],
];

/**
 * What each page makes the browser download (the scripts it loads, gzip -9, and any opencc
 * data in them) and the article page's HTML weight against the floor, with its parts.
 */
export async function measurePages(site, hello) {
  const baseline = await clientJs(hello.base, '/');
  const scripts = [];
  let articleHtml = '';
  for (const script of ['zh-hans', 'zh-hant', 'zh-hant-hk']) {
    const page = await clientJs(site.base, `/${script}/${SLUG}`);
    if (script === 'zh-hans') articleHtml = page.html;
    scripts.push({ name: `/${script}/${SLUG}`, ...page });
  }
  for (const [name, pagePath] of ARCHIVE_PAGES) {
    scripts.push({ name, ...(await clientJs(site.base, pagePath)) });
  }
  const floor = floorHtml(articleHtml);
  // The share-card meta tags are exempt from the weight target (issue 11 added them).
  // The pages write void elements without a slash (`<meta …>`, hast-util-to-html's way);
  // a figure that removed nothing would measure nothing, so the count is checked.
  const cardTag = /<meta (?:property|name)="(?:og:image|twitter:)[^"]*" content="[^"]*"\s*\/?>/g;
  const cardTags = articleHtml.match(cardTag)?.length ?? 0;
  if (cardTags === 0) throw new Error('bench: no share-card meta tag found in the article page');
  const archive = [];
  for (const [name, pagePath] of [
    ['index /zh-hans', '/zh-hans'],
    ['a person /zh-hant/people/刘庆峰', `/zh-hant/people/${encodeURIComponent('刘庆峰')}`],
    ['search /zh-hans/search?q=算力', `/zh-hans/search?q=${encodeURIComponent('算力')}`],
  ]) {
    archive.push({ name, gzip: gzipSize(await (await fetch(site.base + pagePath)).text()) });
  }
  return {
    baseline,
    scripts,
    articleHtml,
    html: {
      raw: Buffer.byteLength(articleHtml),
      gzip: gzipSize(articleHtml),
      floorRaw: Buffer.byteLength(floor),
      floorGzip: gzipSize(floor),
      cardTags,
      withoutCardsGzip: gzipSize(articleHtml.replace(cardTag, '')),
      archive,
      parts: htmlParts(articleHtml),
    },
  };
}
