import 'server-only';
import type { Script } from '../text/scripts';
import { getEntries, type Entry } from './entries';
import { perProcess } from '../memo/per-process';

/** A person's page: who they are (as their newest interview names them) and every interview. */
export type PersonPage = { id: string; name: string; role: string; entries: Entry[] };

const cache = perProcess('archive/people', () => new Map<Script, Map<string, PersonPage>>());

/**
 * Everyone interviewed, by page id, each with their interviews newest first. The id comes from
 * the simplified name, so the same person has the same page in every script; their name and
 * role are those of their newest interview.
 */
export function getPeople(script: Script): Map<string, PersonPage> {
  let people = cache.get(script);
  if (!people) {
    people = new Map();
    for (const entry of getEntries(script)) {
      const { id, name, role } = entry.interviewee;
      const page = people.get(id);
      if (page) page.entries.push(entry);
      else people.set(id, { id, name, role, entries: [entry] });
    }
    cache.set(script, people);
  }
  return people;
}
