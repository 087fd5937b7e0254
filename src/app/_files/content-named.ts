/** A file the site writes itself: its content-made name, its text and its content type. */
export type ContentNamed = { name: string; text: string; contentType: string };

/**
 * Files the site writes itself (the rest stylesheet and its icon, the reader's code), each
 * served under a name made from its content: written at build time, kept a year by browsers
 * and caches (a changed text is a new name), any other name a 404. Each route re-exports these
 * and declares itself `force-static` with `dynamicParams = false` (Next reads those from the
 * route file itself).
 */
export function contentNamedFiles(files: readonly ContentNamed[]) {
  return {
    generateStaticParams: () => files.map(({ name }) => ({ file: name })),
    GET: async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
      const { file } = await params;
      const found = files.find(({ name }) => name === file);
      if (!found) return new Response('Not found', { status: 404 });
      return new Response(found.text, {
        headers: {
          'Content-Type': found.contentType,
          'Cache-Control': 'public, max-age=31536000, immutable',
        },
      });
    },
  };
}
