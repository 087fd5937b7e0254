/**
 * compiled.json: the reader's code (reader.ts and what it imports) as one minified file,
 * bundled by esbuild (scripts/support/reader.mjs) when Next builds or serves in development
 * and before the tests. Git-ignored: reader.ts is the source.
 */
declare const compiled: { code: string };
export default compiled;
