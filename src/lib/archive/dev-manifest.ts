import 'server-only';
import { getOutlines } from '../content/outline';
import { buildManifest, type Manifest } from './manifest';

/**
 * Under `next dev` there is no build, so no manifest: this one is made from content/ as it
 * stands (articles, their sections and quotations, people), so that the proxy gates paths
 * under a script as it does in production. It knows no built files (the proxy lets those
 * through in development). Read from the outlines the process made once, as the pages read
 * the articles once: a new article file needs `next dev` started again, as its page does.
 */
export function devManifest(): Manifest {
  return buildManifest(getOutlines(), []);
}
