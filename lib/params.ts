/**
 * Route params of prerendered Unicode paths reach a page percent-encoded (`%EC%86%8C%EC%8B%9D`).
 * Decodes one segment to NFC, or `undefined` when the encoding is malformed, so the route can
 * answer 404 instead of throwing.
 */
export function decodeSegment(value: string): string | undefined {
  try {
    return decodeURIComponent(value).normalize('NFC');
  } catch {
    return undefined;
  }
}

/** Decodes every segment of a catch-all param, or `undefined` when any is malformed. */
export function decodeSegments(values: readonly string[]): string[] | undefined {
  const decoded = values.map(decodeSegment);
  return decoded.every((value) => value !== undefined) ? (decoded as string[]) : undefined;
}

/**
 * Splits a category route (`a/b` or `a/b/page/2`) into the category slugs and the page number.
 * `page` is never a category slug (lib/taxonomy.ts reserves it), so the split is unambiguous.
 */
export function splitPagedPath(segments: readonly string[]): { slugs: string[]; page: string | undefined } {
  const n = segments.length;
  if (n >= 3 && segments[n - 2] === 'page') return { slugs: segments.slice(0, n - 2), page: segments[n - 1] };
  return { slugs: [...segments], page: undefined };
}
