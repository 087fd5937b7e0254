/**
 * A file the site writes itself (the rest stylesheet, the reader's code), served under a name
 * made from its content: written at build time, kept a year by browsers and caches (a changed
 * text is a new name), any other name a 404. Each route re-exports these and declares itself
 * `force-static` with `dynamicParams = false` (Next reads those from the route file itself).
 */
export function contentNamedFile(name: string, text: string, contentType: string) {
  return {
    generateStaticParams: () => [{ file: name }],
    GET: async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
      const { file } = await params;
      if (file !== name) return new Response('Not found', { status: 404 });
      return new Response(text, {
        headers: {
          'Content-Type': contentType,
          'Cache-Control': 'public, max-age=31536000, immutable',
        },
      });
    },
  };
}
