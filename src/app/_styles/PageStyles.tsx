import { CRITICAL, PAGE_STYLES, type PageKind } from './index';

/**
 * The first screen's styles for a kind of page, inlined: one `<style>` per part, which React
 * puts in the `<head>` (`href` names a part, and a part rendered twice is written once; each
 * part has its own `precedence`, so React never merges two parts into one tag, whose text
 * would then match no hash in the Content-Security-Policy).
 */
export function PageStyles({ kind }: { kind: PageKind }) {
  return PAGE_STYLES[kind].map((part) => (
    <style key={part} href={`critical-${part}`} precedence={`critical-${part}`}>
      {CRITICAL[part]}
    </style>
  ));
}
