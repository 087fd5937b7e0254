import { shareGET } from '../../../../../_share/share-route';

/**
 * A passage's share page: sentences of one paragraph a reader chose (lib/web/passages.ts).
 * None is made ahead: each is made on first request and kept. The proxy 404s a paragraph or a
 * range that does not exist (the build's manifest counts every paragraph's sentences).
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

export const GET = shareGET('passage');
