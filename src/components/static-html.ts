/**
 * Hands static HTML from a Server Component to the server-side render of StaticHtml without
 * putting it in the page's RSC data. Next writes every page twice: as HTML, and as RSC data
 * inlined for hydration. HTML that React never hydrates needs no second copy: the Server
 * Component files it here under a key, and StaticHtml, rendering on the server in the same
 * process (at build time, when pages are prerendered), takes it back out. The browser's copy
 * of the module is empty, so the RSC data carries only the key.
 *
 * The price: the HTML exists only in server-rendered documents. A client-side navigation (a
 * next/link) into such a page would show it empty; the site has none, every link is a plain
 * `<a>` and loads the page whole.
 */

const STORE = Symbol.for('interview-reader.static-html');

type Global = typeof globalThis & { [STORE]?: Map<string, string> };

/** Files `html` under `key` for the server-side render of StaticHtml. */
export function putStaticHtml(key: string, html: string): void {
  const global = globalThis as Global;
  (global[STORE] ??= new Map()).set(key, html);
}

/**
 * The HTML filed under `key` in this process, or undefined (always, in a browser). With
 * `once`, the entry is dropped as it is taken: for HTML made for one request (search
 * results), which must not pile up in memory.
 */
export function takeStaticHtml(key: string, once = false): string | undefined {
  const store = (globalThis as Global)[STORE];
  const html = store?.get(key);
  if (once) store?.delete(key);
  return html;
}
