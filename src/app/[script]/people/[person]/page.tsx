import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryList } from '@/components/EntryList';
import { ReaderScript } from '@/components/ReaderScript';
import { SearchForm } from '@/components/SearchForm';
import { SiteHeader } from '@/components/SiteHeader';
import { newestSlugs } from '@/lib/archive/entries';
import { prerenderedCount } from '@/lib/archive/manifest';
import { getPeople } from '@/lib/archive/people';
import { isScript, SCRIPTS } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import { alternatesFor, personRest } from '@/lib/web/urls';
import { PageStyles } from '../../../_styles/PageStyles';

type Props = { params: Promise<{ script: string; person: string }> };

/**
 * Everyone interviewed has a page in every script: made ahead for the people of the newest
 * articles, on first request (and kept) for the others. The proxy 404s any other name.
 */
export function generateStaticParams() {
  const newest = new Set(newestSlugs(prerenderedCount()));
  return SCRIPTS.flatMap((script) =>
    [...getPeople(script).values()]
      .filter((p) => p.entries.some((e) => newest.has(e.slug)))
      .map((p) => ({ script, person: p.id })),
  );
}

async function load(params: Props['params']) {
  const { script, person } = await params;
  if (!isScript(script)) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(person);
  } catch {
    return undefined;
  }
  const found = getPeople(script).get(id);
  return found && { script, person: found };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded) return {};
  const { script, person } = loaded;
  const labels = labelsFor(script);
  return {
    title: `${labels.interviewsWith(person.name)}｜${labels.siteName}`,
    description: `${person.name}，${person.role}：${labels.interviewCount(person.entries.length)}`,
    alternates: alternatesFor(script, personRest(person.id)),
  };
}

/** A person's page: who they are and every interview with them, newest first. */
export default async function PersonPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { script, person } = loaded;
  const labels = labelsFor(script);
  return (
    <>
      <PageStyles kind="archive" />
      <SiteHeader script={script} labels={labels} rest={personRest(person.id)} />
      <main id="main" className="archive">
        <h1>{labels.interviewsWith(person.name)}</h1>
        <p className="meta">{`${person.role} · ${labels.interviewCount(person.entries.length)}`}</p>
        <EntryList script={script} entries={person.entries} />
        <SearchForm script={script} labels={labels} />
      </main>
      <ReaderScript script={script} />
    </>
  );
}
