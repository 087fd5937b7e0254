import { READER_CODE, READER_FILE } from '@/components/reader-hooks';
import { contentNamedFile } from '../../_files/content-named';

/** The reader's browser code (src/browser/reader.ts, bundled at build), named by its content. */
export const dynamic = 'force-static';
export const dynamicParams = false;

const file = contentNamedFile(READER_FILE, READER_CODE, 'text/javascript; charset=utf-8');
export const generateStaticParams = file.generateStaticParams;
export const GET = file.GET;
