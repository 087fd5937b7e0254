import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { isScript, langOf, SCRIPTS } from '@/lib/text/scripts';
import { labelsFor } from '@/lib/web/labels';
import { feedPath } from '@/lib/web/urls';
import { STYLESHEET_PATH } from '../_styles';
import { PageStyles } from '../_styles/PageStyles';

type Props = { children: ReactNode; params: Promise<{ script: string }> };

/**
 * Only the known scripts exist; any other first segment is a 404 (the proxy sends unknown
 * `/zh-…` paths to the 404 page before they get here). Params stay open below the layout, so
 * that pages past the newest articles can be made on first request.
 */
export function generateStaticParams() {
  return SCRIPTS.map((script) => ({ script }));
}

/**
 * The root layout of each script: `<html lang>` is zh-Hans or zh-Hant, and fonts follow it.
 * Every page of the script advertises the script's feed (React places the `<link>` in the head).
 * Styles (src/app/_styles): the base of the first screen inlined (each page adds its kind's
 * part), the rest linked last in `<body>`, so the first paint never waits for it.
 */
export default async function ScriptLayout({ children, params }: Props) {
  const { script } = await params;
  if (!isScript(script)) notFound();
  return (
    <html lang={langOf(script)}>
      <body>
        <link
          rel="alternate"
          type="application/rss+xml"
          href={feedPath(script)}
          title={labelsFor(script).siteName}
        />
        <PageStyles kind="plain" />
        {children}
        <link rel="stylesheet" href={STYLESHEET_PATH} />
      </body>
    </html>
  );
}
