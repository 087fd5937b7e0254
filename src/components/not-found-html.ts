import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Script } from '@/lib/text/scripts';
import type { Labels } from '@/lib/web/labels';
import { pathIn } from '@/lib/web/urls';
import { searchForm } from './archive-html';

/**
 * What the 404 page says, in the reader's script: that nothing is here, the search form and a
 * way home. It never repeats the requested path.
 */
export function notFoundMain(script: Script, labels: Labels): ElementContent[] {
  return [
    h('h1', labels.notFoundTitle),
    h('p', labels.notFoundBody),
    searchForm(script, labels),
    h('p', [h('a', { href: pathIn(script) }, labels.backHome)]),
  ];
}
