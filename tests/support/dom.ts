import { within } from '@testing-library/dom';
import type { Nodes, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * HTML the site writes, a tree or a string, read into the test's DOM as a browser reads it,
 * and Testing Library's queries bound to it: the one way tests look at what a builder writes
 * (React is for the share card alone). Needs the jsdom environment; `clearDom` after each test.
 */
export function loadHtml(html: string | Nodes | RootContent[]) {
  const container = document.createElement('div');
  // As the page's serialiser writes it: an article body stands in its tree as a raw node.
  container.innerHTML =
    typeof html === 'string' ? html : toHtml(html, { allowDangerousHtml: true });
  document.body.append(container);
  return { container, ...within(container) };
}

/** Empties the document between tests. */
export function clearDom(): void {
  document.body.replaceChildren();
}
