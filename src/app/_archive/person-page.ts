import { h } from 'hastscript';
import { entryList, searchForm } from '@/components/archive-html';
import type { PersonPage } from '@/lib/archive/people';
import type { Script } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import { personRest } from '@/lib/web/urls';
import { alternateLinks, meta, pageDocument } from '../_document/document';

/** A person's page: who they are and every interview with them, newest first. */
export function personDocument(script: Script, person: PersonPage): string {
  const labels = labelsFor(script);
  const count = labels.interviewCount(person.entries.length);
  return pageDocument({
    script,
    kind: 'archive',
    title: `${labels.interviewsWith(person.name)}｜${labels.siteName}`,
    head: [
      meta('description', `${person.name}，${person.role}：${count}`),
      ...alternateLinks(script, personRest(person.id)),
    ],
    rest: personRest(person.id),
    mainClass: 'archive',
    main: [
      h('h1', labels.interviewsWith(person.name)),
      h('p', { className: 'meta' }, `${person.role} · ${count}`),
      entryList(script, person.entries),
      searchForm(script, labels),
    ],
    reader: true,
  });
}
