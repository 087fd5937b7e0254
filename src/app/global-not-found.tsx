import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { labelsFor } from '@/lib/labels';
import { isScript, langOf, SCRIPT_COOKIE } from '@/lib/locale';
import { negotiateScript } from '@/lib/negotiate';
import './globals.css';

export const metadata: Metadata = { title: '404', robots: { index: false } };

/**
 * The one 404 page (each script is its own root layout, so there is no shared one to nest in).
 * It speaks the script of the URL when the URL names one (the proxy passes it on in
 * `x-script`), else the reader's cookie or Accept-Language.
 */
export default async function GlobalNotFound() {
  const [h, c] = await Promise.all([headers(), cookies()]);
  const fromUrl = h.get('x-script');
  const script = isScript(fromUrl)
    ? fromUrl
    : negotiateScript(c.get(SCRIPT_COOKIE)?.value, h.get('accept-language'));
  const labels = labelsFor(script);
  return (
    <html lang={langOf(script)}>
      <body>
        <main id="main">
          <h1>{labels.notFoundTitle}</h1>
          <p>{labels.notFoundBody}</p>
          <p>
            <a href={`/${script}`}>{labels.backHome}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
