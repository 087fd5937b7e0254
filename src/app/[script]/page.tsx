import type { Metadata } from 'next';
import { IndexPage, indexMetadata } from '../_archive/index-page';

type Props = { params: Promise<{ script: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return indexMetadata((await params).script, 1);
}

/** A script's index, first page: the newest articles. */
export default async function Index({ params }: Props) {
  return <IndexPage script={(await params).script} page={1} />;
}
