import { SCRIPT_COOKIE, SCRIPT_COOKIE_MAX_AGE } from '@/lib/web/cookie';
import { startPassages } from './passage-control';

/*
 * The reader's code in the browser: what only it adds to pages that work without it: the copy
 * buttons (a section's share link, or a quote with its attribution and share link), sharing
 * the sentences a reader selects (passage-control.ts), the
 * current-section mark in the table of contents, and a 简 | 繁 toggle that remembers the choice
 * (cookie, one year) and keeps the reader's place: the current hash, else the paragraph at the
 * top of the viewport. Event delegation keeps it one small file for the whole page.
 *
 * Bundled and minified by esbuild at build (scripts/support/reader.mjs) into the one file the
 * pages load (components/reader-hooks.ts): the article page carries no framework at all, and
 * the other pages need none for this. Its messages come from the page's status line
 * (`data-copied`, `data-copy-failed`).
 */

/** The share page of a section (`s`) or quotation (`q`), see lib/web/share.ts. */
const shareLink = (kind: 's' | 'q', id: string): string => {
  const article = location.pathname.replace(/\/+$/, '');
  return `${location.origin}${article}/${kind}/${encodeURIComponent(id)}`;
};

const copy = async (text: string): Promise<boolean> => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
};

/** Says on the page's status line, and on the button, whether a copy worked. */
const announce = (ok: boolean, button: HTMLElement): void => {
  const status = document.querySelector<HTMLElement>('[role="status"][data-copied]');
  if (status) status.textContent = (ok ? status.dataset.copied : status.dataset.copyFailed) ?? '';
  button.dataset.state = ok ? 'copied' : 'failed';
  window.setTimeout(() => delete button.dataset.state, 2000);
};

/** A whole answer's text, its parts (`id`, `id-2`, …) one paragraph a line. */
const answerText = (id: string): string => {
  const parts: string[] = [];
  for (let part = 1, el = document.getElementById(id); el;) {
    parts.push(el.textContent ?? '');
    part += 1;
    el = document.getElementById(`${id}-${part}`);
  }
  return parts.join('\n');
};

/** The id of the paragraph or heading at the top of the viewport, below the sticky header. */
const placeInView = (): string | undefined => {
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const candidates = document.querySelectorAll<HTMLElement>('article p[id], article h2[id]');
  for (const el of candidates) {
    if (el.getBoundingClientRect().bottom > header + 1) return el.id;
  }
  return undefined;
};

/** Marks the table-of-contents entry of the section being read. */
const markCurrentSection = (): void => {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')];
  const line = window.innerHeight * 0.3;
  let current: HTMLAnchorElement | undefined;
  for (const link of links) {
    const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (heading && heading.getBoundingClientRect().top <= line) current = link;
  }
  for (const link of links) {
    if (link === current) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
};

const onClick = async (event: MouseEvent) => {
  const target = event.target as Element | null;
  const toggle = target?.closest<HTMLAnchorElement>('.script-toggle a[data-script]');
  if (toggle) {
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${SCRIPT_COOKIE}=${toggle.dataset.script}; Max-Age=${SCRIPT_COOKIE_MAX_AGE}; Path=/; SameSite=Lax${secure}`;
    const place = location.hash.slice(1) || placeInView();
    if (place) toggle.hash = place;
    return;
  }
  const button = target?.closest<HTMLButtonElement>('button[data-copy]');
  if (!button) return;
  const id = button.dataset.target ?? '';
  const isQuote = button.dataset.copy === 'quote';
  let text = shareLink(isQuote ? 'q' : 's', id);
  if (isQuote) {
    const entry = button.closest('li');
    // A whole answer is listed by its opening sentence: copy every part of it from the text.
    const quote = entry?.hasAttribute('data-answer')
      ? answerText(id)
      : (entry?.querySelector('blockquote')?.textContent ?? '');
    const by = button.closest<HTMLElement>('[data-attribution]')?.dataset.attribution ?? '';
    text = `${quote.trim()}——${by}\n${text}`;
  }
  announce(await copy(text), button);
};

const start = () => {
  document.querySelectorAll<HTMLElement>('[data-copy]').forEach((b) => (b.hidden = false));
  let frame = 0;
  const onScroll = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(markCurrentSection);
  };
  markCurrentSection();
  document.addEventListener('click', onClick);
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('hashchange', onScroll);
  startPassages(copy, announce);
};

// Loaded async: the document may still be arriving.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
