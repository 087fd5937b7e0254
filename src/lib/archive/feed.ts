import 'server-only';
import { Feed } from 'feed';
import type { Script } from '../text/scripts';
import { labelsFor } from '../web/labels';
import { absolute, feedPath, pathIn } from '../web/urls';
import { entriesAt } from './entries';

/** Articles a feed carries: the newest. */
export const FEED_SIZE = 20;

/** RSS `<language>`: RFC 1766 tags, as feed readers know them. */
const FEED_LANGUAGE: Record<Script, string> = {
  'zh-hans': 'zh-cn',
  'zh-hant': 'zh-tw',
  'zh-hant-hk': 'zh-hk',
};

/** A day as a Date at its start, UTC: the day is all the article gives. */
const dayOf = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * The script's feed (RSS 2.0, by the `feed` package): the newest articles with absolute URLs
 * of that script, titles and openings in that script. Made from the content only, so every
 * origin and every build writes the same bytes.
 */
export function feedXml(script: Script): string {
  const labels = labelsFor(script);
  const entries = entriesAt(script, 0, FEED_SIZE);
  const newest = entries[0];
  const feed = new Feed({
    title: labels.siteName,
    description: labels.siteDescription,
    id: absolute(pathIn(script)),
    link: absolute(pathIn(script)),
    language: FEED_LANGUAGE[script],
    feedLinks: { rss: absolute(feedPath(script)) },
    generator: false,
    copyright: '',
    ...(newest ? { updated: dayOf(newest.updated ?? newest.date) } : {}),
  });
  for (const entry of entries) {
    const link = absolute(pathIn(script, entry.slug));
    feed.addItem({
      title: entry.title,
      id: link,
      link,
      description: entry.summary,
      date: dayOf(entry.updated ?? entry.date),
      published: dayOf(entry.date),
    });
  }
  return feed.rss2();
}
