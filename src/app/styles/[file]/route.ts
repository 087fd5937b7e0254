import { STYLESHEET, STYLESHEET_FILE } from '../../_styles';
import { contentNamedFile } from '../../_files/content-named';

/** The stylesheet beyond the first screen (src/app/_styles), named by its content. */
export const dynamic = 'force-static';
export const dynamicParams = false;

const file = contentNamedFile(STYLESHEET_FILE, STYLESHEET, 'text/css; charset=utf-8');
export const generateStaticParams = file.generateStaticParams;
export const GET = file.GET;
