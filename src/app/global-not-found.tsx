import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { labelsFor } from '@/lib/web/labels';
import { langOf } from '@/lib/text/scripts';
import { SCRIPT_COOKIE } from '@/lib/web/cookie';
import { negotiateScript } from '@/lib/web/negotiate';
import { CRITICAL, STYLESHEET_PATH } from './_styles';

export const metadata: Metadata = { title: '404', robots: { index: false } };

/**
 * Next's 404 page (the app has no layout for one to nest in: every page under a script is a
 * route handler), for the paths that reach Next and match nothing; unknown paths under a
 * script get the proxy’s page (src/app/_document/not-found.ts), which says the same. Both speak the
 * reader's script: their cookie, else their Accept-Language, else zh-hans, not the URL's, so
 * that one reader meets one language whatever link brought them.
 */
export default async function GlobalNotFound() {
  const [h, c] = await Promise.all([headers(), cookies()]);
  const script = negotiateScript(c.get(SCRIPT_COOKIE)?.value, h.get('accept-language'));
  const labels = labelsFor(script);
  return (
    <html lang={langOf(script)}>
      <body>
        {/* The same text as every page's first style, so the same hash allows it (_styles). */}
        <style dangerouslySetInnerHTML={{ __html: CRITICAL.base }} />
        <main id="main">
          <h1>{labels.notFoundTitle}</h1>
          <p>{labels.notFoundBody}</p>
          <p>
            <a href={`/${script}`}>{labels.backHome}</a>
          </p>
        </main>
        <link rel="stylesheet" href={STYLESHEET_PATH} />
      </body>
    </html>
  );
}
