import { LINK_ICON, LINK_ICON_FILE, STYLESHEET, STYLESHEET_FILE } from '../../_styles';
import { contentNamedFiles } from '../../_files/content-named';

/** The stylesheet beyond the first screen (src/app/_styles) and its icon, named by content. */
export const dynamic = 'force-static';
export const dynamicParams = false;

const files = contentNamedFiles([
  { name: STYLESHEET_FILE, text: STYLESHEET, contentType: 'text/css; charset=utf-8' },
  { name: LINK_ICON_FILE, text: LINK_ICON, contentType: 'image/svg+xml' },
]);
export const generateStaticParams = files.generateStaticParams;
export const GET = files.GET;
