/** Newest first; a day's articles in slug order, so the order never depends on the disk. */
export function byNewest(a: { date: string; slug: string }, b: { date: string; slug: string }) {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * The slugs of these articles newest first (by byNewest), keeping only each one's slug and day:
 * the order the archive's database ranks them in, from sources read one at a time.
 */
export function newestFirst(sources: Iterable<{ slug: string; meta: { date: string } }>): string[] {
  const days: { slug: string; date: string }[] = [];
  for (const { slug, meta } of sources) days.push({ slug, date: meta.date });
  return days.sort(byNewest).map((a) => a.slug);
}
