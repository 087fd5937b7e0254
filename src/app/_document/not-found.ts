import { h } from 'hastscript';
import { notFoundMain } from '@/components/not-found-html';
import { DEFAULT_SCRIPT, type Script } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import { pageDocument } from './document';

/**
 * The 404 page, a page of the site like any other (its header, its styles), in the reader's
 * script: what the proxy answers for a path that does not exist, before Next could make and
 * keep anything for it, and what a route answers when a value names nothing (only under
 * `next dev` without a build, or a script that does not exist). Never stored by any cache:
 * what is missing now may exist after the next deploy. Next's own 404 page
 * (src/app/global-not-found.tsx) says the same for the few paths that reach Next.
 */
export function notFoundResponse(script: Script = DEFAULT_SCRIPT): Response {
  const labels = labelsFor(script);
  const html = pageDocument({
    script,
    kind: 'plain',
    title: `${labels.notFoundTitle}｜${labels.siteName}`,
    head: [h('meta', { name: 'robots', content: 'noindex' })],
    main: notFoundMain(script, labels),
    reader: false,
  });
  return new Response(html, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}
