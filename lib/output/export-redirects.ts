// The redirects of the Node server (lib/site-redirects.ts, `.contentlayer/generated/routing.json`)
// as a static export writes them (scripts/export-static.ts): a small HTML page at each old path,
// which every static host serves, and a `_redirects` file for the hosts that read one (Netlify,
// Cloudflare Pages) and answer with a real 301. Pure: no file system.

import { encodePath, isFile } from '../canonical-path';
import { exportFile } from './export-paths';

/** Where the pages live: the base path (`''` or `/blog`) and origin of the site's URL, and its language. */
export interface RedirectSite {
  basePath: string;
  origin: string;
  language: string;
}

/** A redirect page to write: the file under `out/`, the old path it answers, and its HTML. */
export interface RedirectPage {
  file: string;
  from: string;
  to: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The URL readers land on for a path of the site: encoded, under the base path. */
export function redirectUrl(path: string, site: Pick<RedirectSite, 'basePath'>): string {
  return `${site.basePath}${encodePath(path)}`;
}

/**
 * The page a static host serves at an old path: it sends the reader on at once (`meta refresh`,
 * and a link for the rest), tells search engines where the page lives now (`rel=canonical`) and
 * not to index this one.
 */
export function redirectHtml(to: string, site: RedirectSite): string {
  const url = escapeHtml(redirectUrl(to, site));
  const canonical = escapeHtml(`${site.origin}${redirectUrl(to, site)}`);
  return (
    `<!DOCTYPE html><html lang="${escapeHtml(site.language)}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(decodeURI(redirectUrl(to, site)))}</title>` +
    `<meta name="robots" content="noindex"><link rel="canonical" href="${canonical}">` +
    `<meta http-equiv="refresh" content="0; url=${url}"></head>` +
    `<body><p><a href="${url}">${escapeHtml(decodeURI(redirectUrl(to, site)))}</a></p></body></html>\n`
  );
}

/**
 * A page for every old path: `/tags/React` at `tags/React.html`, `/tags/React/` at
 * `tags/React/index.html`, as a static host looks them up. An old path that names a file
 * (`/old/feed.xml`) gets no page: a host would send HTML under the file's type; `_redirects`
 * still has it, and `skipped` says so.
 */
export function redirectPages(
  redirects: Readonly<Record<string, string>>,
  site: RedirectSite,
): { pages: RedirectPage[]; skipped: string[] } {
  const pages: RedirectPage[] = [];
  const skipped: string[] = [];
  for (const [from, to] of Object.entries(redirects)) {
    const last = from.replace(/\/$/, '').slice(from.replace(/\/$/, '').lastIndexOf('/') + 1);
    if (isFile(last) && !/\.html?$/i.test(last)) {
      skipped.push(from);
      continue;
    }
    // `/a.html/` has no file of its own: `/a.html` is that file.
    if (from.endsWith('/') && /\.html?$/i.test(last)) continue;
    pages.push({ file: exportFile(from, 'page'), from, to, html: redirectHtml(to, site) });
  }
  return { pages, skipped };
}

/**
 * The `_redirects` file of Netlify and Cloudflare Pages: one `from to 301` line per old path,
 * both encoded as browsers send them, under the base path.
 */
export function redirectsFile(
  redirects: Readonly<Record<string, string>>,
  site: Pick<RedirectSite, 'basePath'>,
): string {
  const lines = Object.entries(redirects).map(
    ([from, to]) => `${redirectUrl(from, site)} ${redirectUrl(to, site)} 301`,
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages: the security headers the Node server sends
 * (lib/server/security-headers.ts) on every path, and a year of caching for the files whose names
 * carry their content's hash (Next's `/_next/static/`, the islands).
 */
export function headersFile(
  site: Pick<RedirectSite, 'basePath'>,
  security: Readonly<Record<string, string>> = {},
): string {
  const block = (path: string, headers: Readonly<Record<string, string>>) =>
    `${site.basePath}${path}\n${Object.entries(headers)
      .map(([name, value]) => `  ${name}: ${value}\n`)
      .join('')}`;
  const immutable = { 'Cache-Control': 'public, max-age=31536000, immutable' };
  return [
    ...(Object.keys(security).length ? [block('/*', security)] : []),
    block('/_next/static/*', immutable),
    block('/islands/*', immutable),
  ].join('');
}
