// Where each prerendered route lands in a static export (scripts/export-static.ts): the file a
// static host (GitHub Pages, nginx, Netlify, Cloudflare Pages, S3) looks up for the route's URL.
// Pure: no file system, no Next.js.

/** A prerendered page (`.html`) or a route handler's body (feeds, sitemap, robots, icon). */
export type RouteKind = 'page' | 'body';

// Next.js writes prerendered paths decoded, except for the delimiters a segment cannot hold raw
// (`/ # ? \`), which it percent-encodes, escaping a literal `%2F` as `%252F`
// (next/dist/shared/lib/router/utils/escape-path-delimiters.js).
const ESCAPED_DELIMITER = /%(?:25)?(?:2f|23|3f|5c)/gi;

/** A route path's segments as a static host decodes them from the request: decoded, NFC. */
export function routeSegments(routePath: string): string[] {
  if (!routePath.startsWith('/')) throw new Error(`route "${routePath}" does not start with "/"`);
  const segments = routePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(ESCAPED_DELIMITER, (match) => decodeURIComponent(match)).normalize('NFC'));
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if ((segment === '' && !last) || segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) {
      throw new Error(`route "${routePath}" has a segment no file name can hold: "${segment}"`);
    }
  });
  return segments;
}

/**
 * The file under `out/` for a route, as a static host maps URLs to files: `/` → `index.html`,
 * a page `/a/b` → `a/b.html` (GitHub Pages, Netlify, Cloudflare Pages and nginx's
 * `try_files $uri $uri.html` all find it, even beside a folder `a/b/`), `/a/b/` →
 * `a/b/index.html`, `/a/b.html` → `a/b.html`. A route handler's body keeps its path exactly
 * (`/tags/x/feed.xml`), which must end in an extension: a static host sends the type it names.
 */
export function exportFile(routePath: string, kind: RouteKind): string {
  const segments = routeSegments(routePath);
  const last = segments.at(-1)!;
  const dir = segments.slice(0, -1);
  if (kind === 'body') {
    if (!/\.[a-z0-9]+$/i.test(last)) {
      throw new Error(`route "${routePath}" is not a page and has no file extension: a static host could not type it`);
    }
    return segments.join('/');
  }
  if (last === '') return [...dir, 'index.html'].join('/');
  if (/\.html$/i.test(last)) return segments.join('/');
  return [...dir, `${last}.html`].join('/');
}

/**
 * The path the Node server answers a route at under `trailingSlash: true` (next.config.ts): a
 * path whose last segment has no dot gains a `/` (`/tags/x` → `/tags/x/`), as Next.js redirects
 * (next/dist/lib/load-custom-routes.js); `/feed.xml` and `/a/b.html` stay.
 */
export function withTrailingSlash(routePath: string): string {
  return /\/[^/.]+$/.test(routePath) ? `${routePath}/` : routePath;
}

// Types a static host sends for each extension a route handler may end in, and the types this
// blog's handlers answer with; anything else needs a look before it is exported.
const BODY_TYPES: Record<string, RegExp> = {
  xml: /^(application|text)\/([a-z]+\+)?xml\b/,
  json: /^application\/([a-z]+\+)?json\b/,
  txt: /^text\/plain\b/,
  svg: /^image\/svg\+xml\b/,
  webmanifest: /^application\/manifest\+json\b/,
  png: /^image\/png\b/,
  ico: /^image\/(x-icon|vnd\.microsoft\.icon)\b/,
};

/** Fails, naming the route, when a static host would send a body under another type than the server does. */
export function checkBodyType(routePath: string, contentType: string | undefined): void {
  const extension = exportFile(routePath, 'body').split('.').pop()!.toLowerCase();
  const expected = BODY_TYPES[extension];
  if (!expected) throw new Error(`route "${routePath}": no static host type is known for ".${extension}"`);
  if (contentType !== undefined && !expected.test(contentType.toLowerCase())) {
    throw new Error(`route "${routePath}" answers "${contentType}", but a static host sends ".${extension}" otherwise`);
  }
}

/** One file of the export. */
export interface ExportEntry {
  /** The route as Next.js prerendered it. */
  route: string;
  /** The path readers use (differs from `route` for a rewrite's destination). */
  path: string;
  kind: RouteKind;
  /** Relative to `out/`, with `/`. */
  file: string;
}

// Next.js's own routes: the not-found page is what static hosts serve for a missing file; the
// global error page only a server can show.
const INTERNAL_ROUTES: Record<string, string | null> = { '/_not-found': '404.html', '/_global-error': null };

/**
 * Plans the export: one entry per route, at the path readers use (`publicPath`, e.g. through the
 * rewrites). Fails, naming the routes, when two routes land on one file, or one route's file sits
 * where another needs a folder; `taken` holds files already in `out/` (from `public/`).
 */
export function planExport(
  routes: readonly { route: string; kind: RouteKind }[],
  publicPath: (route: string) => string = (route) => route,
  taken: ReadonlyMap<string, string> = new Map(),
): ExportEntry[] {
  const entries: ExportEntry[] = [];
  for (const { route, kind } of routes) {
    if (route in INTERNAL_ROUTES) {
      const file = INTERNAL_ROUTES[route];
      if (file) entries.push({ route, path: route, kind, file });
      continue;
    }
    if (/^\/_/.test(route)) throw new Error(`route "${route}" is internal to Next.js and unknown to the export`);
    const path = publicPath(route);
    entries.push({ route, path, kind, file: exportFile(path, kind) });
  }
  checkCollisions(entries, taken);
  return entries;
}

/**
 * Fails, naming both, when two entries land on one file, or one's file sits where another needs a
 * folder; `taken` holds the files already planned (file → who owns it).
 */
export function checkCollisions(
  entries: readonly Pick<ExportEntry, 'route' | 'file'>[],
  taken: ReadonlyMap<string, string>,
): void {
  const owners = new Map(taken);
  const problems: string[] = [];
  for (const entry of entries) {
    const owner = owners.get(entry.file);
    if (owner) problems.push(`"${entry.route}" and ${owner} both map to out/${entry.file}`);
    else owners.set(entry.file, `"${entry.route}"`);
  }
  for (const [file, owner] of owners) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      const other = owners.get(folder);
      if (other) problems.push(`${other} is the file out/${folder}, but ${owner} needs it as a folder`);
    }
  }
  if (problems.length > 0) throw new Error(`Static export: files collide:\n  ${problems.join('\n  ')}`);
}
