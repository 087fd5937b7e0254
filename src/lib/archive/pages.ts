/** Entries on one page of the index. */
export const PAGE_SIZE = 30;

/** How many pages `count` entries fill: at least one, so an empty archive still has its index. */
export function pageCount(count: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / size));
}

/**
 * The ranks page `page` (1-based) of an index of `count` entries shows, from and to (not
 * included), or undefined past the last page.
 */
export function pageRange(
  page: number,
  count: number,
  size: number = PAGE_SIZE,
): [number, number] | undefined {
  if (!Number.isInteger(page) || page < 1 || page > pageCount(count, size)) return undefined;
  return [(page - 1) * size, Math.min(count, page * size)];
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
