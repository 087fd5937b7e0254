import * as OpenCC from 'opencc-js';

let converter: ((text: string) => string) | undefined;

/**
 * Converts the scrape's traditional characters to simplified with OpenCC (Taiwan forms in,
 * mainland forms out). The scrape was made character by character from simplified text, so
 * this direction loses nothing the magazine printed. Builds the converter once.
 */
export function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}
