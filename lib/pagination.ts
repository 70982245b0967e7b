/** One page of a listing. */
export interface Page<T> {
  items: T[];
  /** 1-based page number. */
  page: number;
  totalPages: number;
}

/** How many pages a listing of `count` items needs; an empty listing still has its first page. */
export function pageCount(count: number, perPage: number): number {
  return Math.max(1, Math.ceil(count / perPage));
}

/** The page numbers a listing needs, for `generateStaticParams`. */
export function pageNumbers(count: number, perPage: number): number[] {
  return Array.from({ length: pageCount(count, perPage) }, (_, i) => i + 1);
}

/**
 * Slices one page out of a listing, or `undefined` when the page does not exist, so a route can
 * answer 404 for `/page/0`, `/page/99` or `/page/abc`.
 */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> | undefined {
  const range = pageRange(items.length, page, perPage);
  return range && { items: items.slice(range.start, range.end), page, totalPages: range.totalPages };
}

/**
 * Which items page `page` of a listing of `count` items holds (`start` included, `end` not), or
 * `undefined` when the page does not exist: for listings that are not one array (lib/archive-pages.ts).
 */
export function pageRange(
  count: number,
  page: number,
  perPage: number,
): { start: number; end: number; totalPages: number } | undefined {
  const totalPages = pageCount(count, perPage);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { start: (page - 1) * perPage, end: Math.min(page * perPage, count), totalPages };
}

/** Reads a page number from a route segment: only canonical positive integers (`2`, not `02`). */
export function parsePageParam(value: string | undefined): number | undefined {
  if (value === undefined || !/^[1-9]\d*$/.test(value)) return undefined;
  return Number(value);
}
