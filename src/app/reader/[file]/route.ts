import { READER_CODE, READER_FILE } from '@/components/reader-hooks';
import { contentNamedFiles } from '../../_files/content-named';

/** The reader's browser code (src/browser/reader.ts, bundled at build), named by its content. */
export const dynamic = 'force-static';
export const dynamicParams = false;

const files = contentNamedFiles([
  { name: READER_FILE, text: READER_CODE, contentType: 'text/javascript; charset=utf-8' },
]);
export const generateStaticParams = files.generateStaticParams;
export const GET = files.GET;
