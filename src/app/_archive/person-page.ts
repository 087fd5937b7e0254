import { h } from 'hastscript';
import { entryList, pagination, searchForm } from '@/components/archive-html';
import type { PersonPage } from '@/lib/archive/people';
import type { Script } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import { personPath, personRest } from '@/lib/web/urls';
import { alternateLinks, meta, pageDocument } from '../_document/document';

/**
 * A person's page: who they are and the interviews with them, newest first, 30 a page; later
 * pages say which page they are.
 */
export function personDocument(script: Script, person: PersonPage): string {
  const labels = labelsFor(script);
  const count = labels.interviewCount(person.count);
  const { page, pages } = person;
  const which = page > 1 ? `｜${labels.pageOf(page, pages)}` : '';
  const links = pagination(page, pages, (n) => personPath(script, person.id, n), labels);
  const rest = personRest(person.id, page);
  return pageDocument({
    script,
    kind: 'archive',
    title: `${labels.interviewsWith(person.name)}${which}｜${labels.siteName}`,
    head: [
      meta('description', `${person.name}，${person.role}：${count}`),
      ...alternateLinks(script, rest),
      ...links.head,
    ],
    rest,
    mainClass: 'archive',
    main: [
      h('h1', `${labels.interviewsWith(person.name)}${which}`),
      h('p', { className: 'meta' }, `${person.role} · ${count}`),
      entryList(script, person.entries),
      ...(links.nav ? [links.nav] : []),
      searchForm(script, labels),
    ],
    reader: true,
  });
}
