import type { Metadata } from 'next';
import { parsePageParam } from '@/lib/archive/pages';
import { isScript, SCRIPTS } from '@/lib/text/scripts';
import { IndexPage, indexMetadata, laterPages } from '../../../_archive/index-page';

type Props = { params: Promise<{ script: string; n: string }> };

/** Every later page of every script's index is prerendered; any other number is a 404. */
export const dynamicParams = false;

export function generateStaticParams() {
  return SCRIPTS.flatMap((script) => laterPages(script).map((p) => ({ script, ...p })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { script, n } = await params;
  const page = parsePageParam(n);
  return page && isScript(script) ? indexMetadata(script, page) : {};
}

/** Page 2 and on of a script's index (page 1 is the index itself). */
export default async function IndexLaterPage({ params }: Props) {
  const { script, n } = await params;
  return <IndexPage script={script} page={parsePageParam(n) ?? 0} />;
}
