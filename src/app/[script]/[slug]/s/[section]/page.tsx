import type { Metadata } from 'next';
import { shareParams, type ShareParams } from '../../../../_share/params';
import { ShareRoute, shareMetadata } from '../../../../_share/share-route';

type Props = { params: Promise<ShareParams> };

/**
 * Every section of every article has a share page in each script, made ahead for the newest
 * articles and on first request for the others; the proxy 404s any other id.
 */
export function generateStaticParams() {
  return shareParams('section');
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return shareMetadata(params, 'section');
}

export default function SectionSharePage({ params }: Props) {
  return <ShareRoute params={params} kind="section" />;
}
