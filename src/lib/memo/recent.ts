import { perProcess } from './per-process';

/**
 * A per-process store (see per-process.ts) of the `max` values under `name` most recently asked
 * for: what a large archive would otherwise pile up in a long-running origin (articles read and
 * built, converters for their people). The returned function gives the value kept for `key`, or
 * makes it with `make` and keeps it, dropping the least recently used; `undefined` (nothing
 * there) is never kept.
 */
export function recentlyUsed<T>(
  name: string,
  max: number,
): (key: string, make: () => T | undefined) => T | undefined {
  const kept = perProcess(name, () => new Map<string, T>());
  return (key, make) => {
    let value = kept.get(key);
    if (value !== undefined) {
      kept.delete(key);
    } else {
      value = make();
      if (value === undefined) return undefined;
      if (kept.size >= max) kept.delete(kept.keys().next().value as string);
    }
    kept.set(key, value);
    return value;
  };
}
