/**
 * How article images are served: resized by Next's image optimiser (`/_next/image`) to the
 * widths below, so a phone downloads no more pixels than it shows. next.config.ts allows
 * exactly these widths and this quality, and only paths under `/images/`; anything else asks
 * the optimiser for something no page uses and gets a 400.
 */

/** Widths (px) the optimiser makes: the column (40.5rem = 648 px) at 1×, 1.5× and 2×, and phones. */
export const IMAGE_WIDTHS = [320, 480, 648, 972, 1296] as const;

/** The one quality the optimiser is asked for. */
export const IMAGE_QUALITY = 75;

/** The `sizes` of an article image: the viewport less its margins on a phone, else the column. */
export const IMAGE_SIZES = '(max-width: 42.5rem) calc(100vw - 2rem), 40.5rem';

/** The optimiser's URL for `src` (a path under /images/) at `width`. */
export function optimisedUrl(src: string, width: number): string {
  return `/_next/image?url=${encodeURIComponent(src)}&w=${width}&q=${IMAGE_QUALITY}`;
}

/**
 * `src` and `srcset` for an image `naturalWidth` pixels wide: every allowed width up to its
 * own (the optimiser never enlarges), at least the smallest; `src` is the largest of them.
 */
export function imageSources(src: string, naturalWidth: number): { src: string; srcSet: string } {
  const fitting = IMAGE_WIDTHS.filter((w) => w <= naturalWidth);
  const widths = fitting.length > 0 ? fitting : [IMAGE_WIDTHS[0]];
  const srcSet = widths.map((w) => `${optimisedUrl(src, w)} ${w}w`).join(', ');
  return { src: optimisedUrl(src, widths.at(-1) as number), srcSet };
}
