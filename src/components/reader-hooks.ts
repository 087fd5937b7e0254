import type { Element as HastElement } from 'hast';
import { h } from 'hastscript';
import compiled from '@/browser/compiled.json';
import { contentName } from '@/lib/web/kept-files';
import type { Labels } from '@/lib/web/labels';

/** The reader's browser code (src/browser/reader.ts), bundled by esbuild at build. */
export const READER_CODE = compiled.code;

/**
 * Named by its content, the same in every bundle, so that it can be kept a year and new code
 * gets a new URL.
 */
export const READER_FILE = contentName(READER_CODE, 'js');
export const READER_PATH = `/reader/${READER_FILE}`;

/**
 * What a page needs for the reader's code: the status line that announces a copy (its
 * messages in the page's script), and the code itself, loaded without holding up the page.
 */
export function readerHooks(labels: Labels): HastElement[] {
  return [
    h('p', {
      className: 'visually-hidden',
      role: 'status',
      dataCopied: labels.copied,
      dataCopyFailed: labels.copyFailed,
    }),
    h('script', { src: READER_PATH, async: true }),
  ];
}
