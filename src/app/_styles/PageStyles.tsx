import { InlineStyle } from '@/components/InlineStyle';
import { putStaticHtml } from '@/components/static-html';
import { CRITICAL, PAGE_STYLES, type PageKind } from './index';

/**
 * The first screen's styles for a kind of page, inlined in the `<head>`: one `<style>` per
 * part, each allowed by its hash in the Content-Security-Policy. Their text goes in the HTML
 * only, not again in the page's RSC data (components/InlineStyle.tsx).
 */
export function PageStyles({ kind }: { kind: PageKind }) {
  return PAGE_STYLES[kind].map((part) => {
    const cssKey = `style:${part}`;
    putStaticHtml(cssKey, CRITICAL[part]);
    return <InlineStyle key={part} name={`critical-${part}`} cssKey={cssKey} />;
  });
}
