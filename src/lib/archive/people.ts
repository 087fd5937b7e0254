import 'server-only';
import type { Script } from '../text/scripts';
import { entriesOf, type Entry } from './entries';

/** A person's page: who they are (as their newest interview names them) and every interview. */
export type PersonPage = { id: string; name: string; role: string; entries: Entry[] };

/**
 * The page of the person with the id `id` (from the simplified name, so the same person has
 * the same page in every script), or undefined for nobody interviewed: their name and role are
 * those of their newest interview.
 */
export function getPerson(script: Script, id: string): PersonPage | undefined {
  const entries = entriesOf(script, id);
  const newest = entries[0];
  if (!newest) return undefined;
  return { id, name: newest.interviewee.name, role: newest.interviewee.role, entries };
}
