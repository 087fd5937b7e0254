/** The compiled parts of the styles, by name (see styles.mjs). */
export type Styles = Record<'base' | 'article' | 'archive' | 'share' | 'rest', string>;

export const CRITICAL_PARTS: readonly ('base' | 'article' | 'archive' | 'share')[];
export const STYLE_PARTS: readonly (keyof Styles)[];

export function compileStyles(): Styles;

export function criticalStyleSources(styles: Styles): string[];
