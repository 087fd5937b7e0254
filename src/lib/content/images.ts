import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { ContentError } from './sources';

/** The folder the site serves as `/`; article images live in its `images/` folder. */
export const PUBLIC_DIR = path.join(process.cwd(), 'public');

/** The image formats a page may show and Next's optimiser resizes (SVG is neither). */
const FORMATS = new Set(['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif']);

export type ImageSize = { width: number; height: number };

/**
 * The width and height of an article image, read from its file so the page reserves its place
 * before it loads. `src` must be a path under `/images/` (percent-escapes allowed) naming a
 * JPEG, PNG, WebP, AVIF or GIF file in `public/images/`.
 *
 * @param where the article's file, for errors (`content/<file>`)
 * @throws ContentError naming the article and the path when the path is elsewhere, the file is
 *   missing, or it is not an image of those formats
 */
export function imageDimensions(src: string, where: string, publicDir = PUBLIC_DIR): ImageSize {
  const fail = (what: string) => new ContentError(`${where}: image ${src} ${what}`);
  let decoded: string;
  try {
    decoded = decodeURI(src);
  } catch {
    throw fail('is not a valid path');
  }
  if (!decoded.startsWith('/images/') || /[?#\\]/.test(decoded)) {
    throw fail('must be a file under /images/ (public/images/ in the project)');
  }
  const root = path.resolve(publicDir, 'images');
  const file = path.resolve(publicDir, `.${decoded}`);
  if (!file.startsWith(`${root}${path.sep}`)) throw fail('must stay inside public/images/');
  if (!FORMATS.has(path.extname(file).slice(1).toLowerCase())) {
    throw fail(`is not a ${[...FORMATS].join(', ')} file`);
  }
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) {
    throw fail(`is missing: no file public${decoded}`);
  }
  let size: { width?: number; height?: number };
  try {
    size = imageSize(fs.readFileSync(/*turbopackIgnore: true*/ file));
  } catch {
    throw fail('could not be read as an image');
  }
  if (!size.width || !size.height) throw fail('has no width and height');
  return { width: size.width, height: size.height };
}
