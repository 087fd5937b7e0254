/** The compiled parts of the styles, by name, and the icon the rest links (see styles.mjs). */
export type Styles = Record<'base' | 'article' | 'archive' | 'share' | 'rest' | 'linkIcon', string>;

export const CRITICAL_PARTS: readonly ('base' | 'article' | 'archive' | 'share')[];
export const STYLE_PARTS: readonly ('base' | 'article' | 'archive' | 'share' | 'rest')[];

export function compileStyles(): Styles;

export function criticalStyleSources(styles: Styles): string[];
