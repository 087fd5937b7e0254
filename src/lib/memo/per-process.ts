/**
 * Values a server process makes once (tables, dictionaries, parsed articles), shared by every
 * copy of the module that asks for them.
 *
 * Next bundles src/lib into each route it builds: the article page, each card route, the share
 * pages, search and the feed each get their own copy of a module, with its own module-level
 * variables. A table kept in a module variable is therefore built, and held, once per route:
 * OpenCC's tries, jieba's dictionary and the parsed articles were made again by each route that
 * needed them (measured on a 600-article archive: an older article's page asked for after its
 * card took 0.93 s, as long as the card, and 0.16 s with one copy; the build's page worker
 * held every copy). Kept here, on `globalThis` under a registered
 * symbol, each is made once per process, and the server's start-up can make the slow ones
 * before the first request (src/instrumentation.ts).
 *
 * Values outlive a module's reloading: under `next dev`, restart after editing a table
 * (text/terms.ts, a generated table) for the running server to see it.
 */
const STORE = Symbol.for('interview-reader.per-process');

type Store = Map<string, unknown>;

/** The value for `name` in this process, made by `make` the first time it is asked for. */
export function perProcess<T>(name: string, make: () => T): T {
  const holder = globalThis as typeof globalThis & { [STORE]?: Store };
  const values = (holder[STORE] ??= new Map());
  if (values.has(name)) return values.get(name) as T;
  const value = make();
  values.set(name, value);
  return value;
}
