'use client';

import { takeStaticHtml } from './static-html';

type Props = {
  /** React's key for the style: a style rendered twice under one name is written once. */
  name: string;
  /** The static-html store's key for the CSS text (see static-html.ts). */
  cssKey: string;
};

/**
 * An inlined `<style>` that React puts in the `<head>`, whose text stays out of the page's RSC
 * data: on the server it is taken from the static-html store (filed by the Server Component
 * that renders this); in the browser React finds the style the server wrote, by its name, and
 * keeps it as it is. Its own `precedence` keeps React from merging two styles into one tag,
 * whose text would then match no hash in the Content-Security-Policy.
 */
export function InlineStyle({ name, cssKey }: Props) {
  return (
    <style href={name} precedence={name}>
      {takeStaticHtml(cssKey) ?? ''}
    </style>
  );
}
