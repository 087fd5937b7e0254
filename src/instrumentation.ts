/**
 * Next calls `register` once when a server process starts, and serves no request before it
 * returns. Here it makes the tables that pages made on request need (OpenCC's converters,
 * jieba's dictionary, the search index; src/lib/memo keeps them for every route), so that the
 * first reader of an older article, card or search on a fresh origin does not wait the second
 * and more they take to make. Not during `next build`, which has no search index yet.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { PHASE_PRODUCTION_BUILD } = await import('next/constants');
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  const { warmUp } = await import('./app/_warm/warm-up');
  warmUp();
}
