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
import { perProcess } from '@/lib/memo/per-process';

/** HTML filed under a key, and how many renders filed it that have not taken it yet. */
type Entry = { html: string; pending: number };

/** One store per process, shared by the Server Component's bundle and StaticHtml's. */
const store = () => perProcess('components/static-html', () => new Map<string, Entry>());

/** Files `html` under `key` for the server-side render of StaticHtml. */
export function putStaticHtml(key: string, html: string): void {
  const entry = store().get(key);
  store().set(key, { html, pending: (entry?.pending ?? 0) + 1 });
}

/**
 * The HTML filed under `key` in this process, or undefined (always, in a browser). With
 * `once`, the entry is dropped when every render that filed it has taken it: for HTML made for
 * one render (search results), which must not pile up in memory. Two renders at once may file
 * the same key (it comes from the HTML, so that a page is the same on every origin); each takes
 * its own.
 */
export function takeStaticHtml(key: string, once = false): string | undefined {
  const entry = store().get(key);
  if (entry && once && --entry.pending <= 0) store().delete(key);
  return entry?.html;
}
