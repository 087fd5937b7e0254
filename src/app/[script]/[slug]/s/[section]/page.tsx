import type { Metadata } from 'next';
import { shareParams, type ShareParams } from '../../../../_share/params';
import { ShareRoute, shareMetadata } from '../../../../_share/share-route';

type Props = { params: Promise<ShareParams> };

/** Every section of every article has a share page in each script; any other id is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return shareParams('section');
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return shareMetadata(params, 'section');
}

export default function SectionSharePage({ params }: Props) {
  return <ShareRoute params={params} kind="section" />;
}
