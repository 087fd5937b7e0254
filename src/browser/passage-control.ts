import {
  clearMarks,
  isSelected,
  markPassage,
  passageInHash,
  passageLink,
  selectedPassage,
  selectPassage,
  sentenceCount,
  type Passage,
  PASSAGE_BLOCKS,
} from './passages';

/*
 * Sharing a passage: select sentences in the article (mouse, touch, or a paragraph's link and
 * the control's 上一句/下一句 from the keyboard) and the control by the selection
 * (components/passage-control-html.ts) copies the passage's link or opens its card; the
 * selection is snapped to whole sentences. A link to a passage lands on the article with the
 * hash `#<paragraph id>~<range>`, which is marked here, in any script.
 */

type Announce = (ok: boolean, button: HTMLElement) => void;

/** Shows the control under the selection's last line, inside the viewport's width. */
function place(control: HTMLElement, selection: Selection): void {
  const rects = selection.getRangeAt(0).getClientRects();
  const last = rects[rects.length - 1] ?? selection.getRangeAt(0).getBoundingClientRect();
  control.hidden = false;
  const width = control.offsetWidth;
  const left = Math.min(Math.max(8, last.left), document.documentElement.clientWidth - width - 8);
  control.style.left = `${left + window.scrollX}px`;
  control.style.top = `${last.bottom + window.scrollY + 8}px`;
}

export function startPassages(copy: (text: string) => Promise<boolean>, announce: Announce): void {
  const control = document.querySelector<HTMLElement>('.passage-control');
  // Follow a passage's share page to the article, where the passage is marked.
  const landing = document.querySelector<HTMLAnchorElement>('a[data-land]');
  if (landing) {
    location.replace(landing.href);
    return;
  }
  if (!control) return;
  // A press in the control keeps the selection it acts on.
  control.addEventListener('mousedown', (event) => event.preventDefault());
  let current: Passage | undefined;
  let pointerDown = false;
  let timer = 0;

  const show = (passage: Passage, selection: Selection) => {
    current = passage;
    const card = control.querySelector<HTMLAnchorElement>('[data-passage="card"]');
    if (card) {
      card.href = `${passageLink(passage)}/card.png`;
      card.target = '_blank';
      card.rel = 'noopener';
    }
    const { from, to } = passage.range;
    const previous = control.querySelector<HTMLButtonElement>('[data-passage="previous"]');
    const next = control.querySelector<HTMLButtonElement>('[data-passage="next"]');
    if (previous) previous.disabled = from <= 1;
    if (next) next.disabled = to >= sentenceCount(passage.block);
    place(control, selection);
  };
  const hide = () => {
    current = undefined;
    control.hidden = true;
  };

  /** Reads the selection once it has settled: snaps it to sentences and offers the control. */
  const settle = () => {
    const selection = document.getSelection();
    const passage = selectedPassage(selection);
    if (!selection || !passage) {
      // A click in the control (which takes no selection) keeps it.
      if (!control.contains(document.activeElement)) hide();
      return;
    }
    if (!isSelected(selection, passage)) selectPassage(selection, passage);
    show(passage, selection);
  };
  const later = () => {
    window.clearTimeout(timer);
    if (!pointerDown) timer = window.setTimeout(settle, 150);
  };

  /** Selects one sentence of a paragraph, shows the control and moves focus into it. */
  const selectSentence = (block: Element, index: number, focus: HTMLElement | null) => {
    const selection = document.getSelection();
    if (!selection) return;
    const passage = { block, range: { from: index, to: index } };
    selectPassage(selection, passage);
    show(passage, selection);
    focus?.focus();
  };

  document.addEventListener('selectionchange', later);
  document.addEventListener('pointerdown', (event) => {
    if (!control.contains(event.target as Node)) pointerDown = true;
  });
  document.addEventListener('pointerup', () => {
    pointerDown = false;
    later();
  });
  document.addEventListener('pointercancel', () => {
    pointerDown = false;
    later();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !control.hidden) {
      hide();
      document.getSelection()?.removeAllRanges();
    }
  });

  document.addEventListener('click', async (event) => {
    const target = event.target as Element | null;
    // A paragraph's own link: its first sentence, and the control, for the keyboard.
    const paragraphLink = target?.closest<HTMLAnchorElement>('a.para-link');
    const block = paragraphLink?.parentElement;
    if (block?.matches(PASSAGE_BLOCKS) && sentenceCount(block) > 0) {
      // After the link's own navigation to the paragraph, which moves focus to the page.
      const first = control.querySelector<HTMLElement>('[data-passage="link"]');
      window.setTimeout(() => selectSentence(block, 1, first), 0);
      return;
    }
    const action = target?.closest<HTMLElement>('[data-passage]');
    if (!action || !current || !control.contains(action)) return;
    const { block: at, range } = current;
    if (action.dataset.passage === 'previous') selectSentence(at, range.from - 1, action);
    if (action.dataset.passage === 'next') selectSentence(at, range.to + 1, action);
    if (action.dataset.passage === 'link') announce(await copy(passageLink(current)), action);
  });

  const markFromHash = () => {
    const passage = passageInHash(location.hash);
    if (!passage) {
      clearMarks();
      return;
    }
    markPassage(passage);
    passage.block.scrollIntoView({ block: 'center' });
  };
  markFromHash();
  window.addEventListener('hashchange', markFromHash);
}
