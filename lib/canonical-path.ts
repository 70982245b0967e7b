/** What the server knows to send a request for a path elsewhere (lib/site-redirects.ts, at build). */
export interface Routing {
  /** Old path → where it lives now, both unencoded NFC; each form of an old path is listed. */
  redirects: Record<string, string>;
  /** Static files whose names have no extension (`/CNAME`): files, whatever the slash style. */
  files: string[];
  /** Whether page paths end in `/` (lib/urls.ts `trailingSlash`). */
  trailingSlash: boolean;
}

/**
 * Next's rule for what is a file (its trailing-slash redirects leave those alone): a last segment
 * with an extension, such as `feed.xml`, or a tag `node.js`.
 */
export const isFile = (path: string) => /\.\w+$/.test(path.slice(path.lastIndexOf('/') + 1));

/** A path (decoded, `/`-separated) as it goes in a URL: each segment percent-encoded. */
export const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/**
 * Where a request for `path` (decoded, NFC) should go instead, in one hop, or `undefined` to
 * answer it: an old path goes straight to its page; otherwise a page path gets the site's
 * trailing-slash style (`/tags/react` → `/tags/react/` when page paths end in `/`, the other way
 * round when they do not). Files (`/feed.xml`, `/CNAME`) are left as they are.
 */
export function canonicalRedirect(path: string, routing: Routing): string | undefined {
  const { trailingSlash } = routing;
  const moved = routing.redirects[path];
  if (moved !== undefined) return moved;
  if (path === '/' || isFile(path) || routing.files.includes(path)) return undefined;
  if (trailingSlash && !path.endsWith('/')) return routing.redirects[`${path}/`] ?? `${path}/`;
  if (!trailingSlash && path.endsWith('/')) return path.replace(/\/+$/, '') || '/';
  return undefined;
}
