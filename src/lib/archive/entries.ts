import 'server-only';
import { personId } from '../content/ids';
import { getOutlines, type Outline } from '../content/outline';
import { getArticleSources } from '../content/sources';
import { converterFor, personTerms } from '../text/convert';
import type { Script } from '../text/scripts';
import { byNewest } from './order';
import { perProcess } from '../memo/per-process';

/** An article as the archive lists it, in one script. */
export type Entry = {
  slug: string;
  /** `YYYY-MM-DD` */
  date: string;
  updated?: string;
  title: string;
  publication: string;
  issue: string;
  interviewee: { name: string; role: string; id: string };
  /** The opening the archive shows: the article's description, or its first sentences. */
  summary: string;
};

/** One outline as an entry in `script`: only the few fields the archive shows are converted. */
export function entryOf(outline: Outline, script: Script): Entry {
  const { slug, meta } = outline.source;
  const people = [meta.interviewee, meta.reporter, ...(meta.people ?? [])];
  const convert = converterFor(script, personTerms(people));
  return {
    slug,
    date: meta.date,
    ...(meta.updated ? { updated: meta.updated } : {}),
    title: convert(meta.title),
    publication: convert(meta.publication),
    issue: convert(meta.issue),
    interviewee: {
      name: convert(meta.interviewee.name),
      role: convert(meta.interviewee.role),
      id: personId(meta.interviewee.name),
    },
    summary: convert(outline.summary),
  };
}

const cache = perProcess('archive/entries', () => new Map<Script, Entry[]>());

/** Every article in `script`, newest first, made once per process and script. */
export function getEntries(script: Script): Entry[] {
  let entries = cache.get(script);
  if (!entries) {
    entries = getOutlines()
      .map((outline) => entryOf(outline, script))
      .sort(byNewest);
    cache.set(script, entries);
  }
  return entries;
}

/**
 * The slugs of the `count` newest articles, from their front matter alone: the pages the build
 * makes ahead (see manifest.ts); the rest are made on first request.
 */
export function newestSlugs(count: number): string[] {
  return getArticleSources()
    .map((s) => ({ slug: s.slug, date: s.meta.date }))
    .sort(byNewest)
    .slice(0, count)
    .map((e) => e.slug);
}
