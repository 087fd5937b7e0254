import { labelsFor } from '@/lib/web/labels';
import { langOf, SCRIPTS } from '@/lib/text/scripts';

/**
 * The boundary Next keeps at the app's root, for a `notFound()` thrown outside any script.
 * No route does that (unknown URLs get global-not-found.tsx, in the reader's script); this
 * exists because Next otherwise ships its own English 404 tree inside a React page's data
 * (global-not-found.tsx is the one React page left: every page under a script is a document
 * written without React, src/app/_document).
 */
export default function RootNotFound() {
  return (
    <html lang="zh">
      <body>
        <main>
          <h1>404</h1>
          {SCRIPTS.map((script) => (
            <p key={script} lang={langOf(script)}>
              {labelsFor(script).notFoundTitle} ·{' '}
              <a href={`/${script}`}>{labelsFor(script).backHome}</a>
            </p>
          ))}
        </main>
      </body>
    </html>
  );
}
