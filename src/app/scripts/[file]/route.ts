import { READER_FILE, READER_SCRIPT } from '@/components/reader-script';
import { contentNamedFile } from '../../_files/content-named';

/** The reader script (components/reader-script.ts), named by its version. */
export const dynamic = 'force-static';
export const dynamicParams = false;

const file = contentNamedFile(READER_FILE, READER_SCRIPT, 'text/javascript; charset=utf-8');
export const generateStaticParams = file.generateStaticParams;
export const GET = file.GET;
