import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Labels } from '@/lib/web/labels';

/**
 * The control the reader's code shows by a selection of sentences in the article
 * (src/browser/passages.ts): copy the passage's link, open its card, and step to the sentence
 * before or after (what a keyboard reader, who arrives from a paragraph's link, selects with).
 * Hidden in the page as written: without the reader's code there is nothing to share from.
 */
export function passageControl(labels: Labels): Element {
  const button = (action: string, label: string) =>
    h('button', { type: 'button', dataPassage: action }, label);
  return h(
    'div',
    { className: 'passage-control', role: 'group', ariaLabel: labels.passageControl, hidden: true },
    [
      button('link', labels.copyPassageLink),
      // A placeholder link until the reader's code gives it the card's URL (and a new tab).
      h('a', { dataPassage: 'card' }, labels.passageCard),
      button('previous', labels.previousSentence),
      button('next', labels.nextSentence),
    ],
  );
}
