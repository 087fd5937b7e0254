'use client';

import { takeStaticHtml } from './static-html';

type Props = {
  htmlKey: string;
  className?: string;
  /** HTML made for this request only: taken out of the store as it is written. */
  once?: boolean;
};

/**
 * A wrapper around static HTML (see static-html.ts): on the server it writes the HTML filed
 * under `htmlKey`; in the browser it hydrates the wrapper only and leaves the HTML the server
 * wrote as it is (React does not touch the inside of dangerouslySetInnerHTML while hydrating).
 */
export function StaticHtml({ htmlKey, className, once = false }: Props) {
  return (
    <div
      className={className}
      dangerouslySetInnerHTML={{ __html: takeStaticHtml(htmlKey, once) ?? '' }}
      suppressHydrationWarning
    />
  );
}
