/** Entries on one page of the index. */
export const PAGE_SIZE = 30;

/** How many pages `count` entries fill: at least one, so an empty archive still has its index. */
export function pageCount(count: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The entries of page `page` (1-based), or undefined past the last page. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number = PAGE_SIZE,
): T[] | undefined {
  if (!Number.isInteger(page) || page < 1 || page > pageCount(items.length, size)) return undefined;
  return items.slice((page - 1) * size, page * size);
}

/**
 * A page number as a URL writes it: digits only, no leading zero, at least 2 (page 1 is the
 * index itself, so `/page/1` is not a second address for it). Anything else is undefined.
 */
export function parsePageParam(param: string): number | undefined {
  if (!/^[1-9]\d{0,5}$/.test(param)) return undefined;
  const page = Number(param);
  return page >= 2 ? page : undefined;
}
