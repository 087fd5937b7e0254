import 'server-only';
import type { Script } from '../text/scripts';
import { entriesOf, entryCountOf, type Entry } from './entries';
import { pageCount, pageRange } from './pages';

/**
 * One page of a person's page: who they are (as their newest interview names them), how many
 * interviews there are with them, and those on page `page` of `pages` (30 a page, newest first).
 */
export type PersonPage = {
  id: string;
  name: string;
  role: string;
  count: number;
  page: number;
  pages: number;
  entries: Entry[];
};

/**
 * Page `page` of the person with the id `id` (from the simplified name, so the same person has
 * the same page in every script), or undefined for nobody interviewed or past their last page.
 */
export function getPerson(script: Script, id: string, page: number = 1): PersonPage | undefined {
  const count = entryCountOf(id);
  const range = count > 0 ? pageRange(page, count) : undefined;
  if (!range) return undefined;
  const entries = entriesOf(script, id, ...range);
  const newest = page === 1 ? entries[0] : entriesOf(script, id, 0, 1)[0];
  if (!newest) return undefined;
  const { name, role } = newest.interviewee;
  return { id, name, role, count, page, pages: pageCount(count), entries };
}
