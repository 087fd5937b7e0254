import { shareParams } from '../../../../_share/params';
import { shareGET } from '../../../../_share/share-route';

/**
 * Every utterance of every interviewee has a share page in each script, written ahead for the
 * newest articles and on first request (and kept) for the others; the proxy 404s any other id.
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return shareParams('quote');
}

export const GET = shareGET('quote');
