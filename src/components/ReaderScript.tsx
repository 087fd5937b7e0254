import { toHtml } from 'hast-util-to-html';
import type { Script } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import { readerHooks } from './reader-script';
import { putStaticHtml } from './static-html';
import { StaticHtml } from './StaticHtml';

/**
 * The reader script and its status line (reader-script.ts) in a React page, as static HTML:
 * the script is a file of its own, not a React component, so that the article page, which
 * carries no framework, runs the same one.
 */
export function ReaderScript({ script }: { script: Script }) {
  const key = `reader:${script}`;
  putStaticHtml(key, toHtml(readerHooks(labelsFor(script))));
  return <StaticHtml htmlKey={key} className="static-html" />;
}
