/**
 * Assembles a static export in `out/` from what `npm run build` made (`npm run build:static`):
 * for GitHub Pages, Cloudflare Pages, Netlify, S3 or nginx (README, "Static hosting").
 *
 * Next.js's own `output: 'export'` is not used: it runs no proxy, rewrites or headers and has
 * open bugs with non-ASCII params. The Node server's build already holds every page, prerendered
 * and stripped of the runtime (`.next/server/app/*.html`), every route handler's body (`*.body`,
 * with its headers in `*.meta`), and the assets (`.next/static`, `public/`): this copies them to
 * the files a static host looks up (lib/output/export-paths.ts), so `out/` serves the very
 * bytes `npm start` does. It fails, naming the route, on anything only a server could answer.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Routing } from '../lib/canonical-path';
import {
  checkBodyType,
  checkCollisions,
  planExport,
  routeSegments,
  withTrailingSlash,
  type RouteKind,
} from '../lib/output/export-paths';
import { headersFile, redirectPages, redirectsFile } from '../lib/output/export-redirects';
import { reverseRewrites, type Rewrite } from '../lib/output/export-rewrites';
import type { SiteFiles } from '../lib/server/site-files';
import { site } from '../lib/site';
import { describeSiteFiles, type ExportedFile } from './site-files';

/** Where the export leaves the description of its files for the Node server (scripts/prepare-standalone.ts). */
export const SITE_FILES = '.next/site-files.json';

interface Meta {
  status?: number;
  headers?: Record<string, string>;
}

interface RoutesManifest {
  basePath: string;
  redirects: { source: string; internal?: boolean }[];
  headers: { source: string }[];
  rewrites: Rewrite[] | { beforeFiles: Rewrite[]; afterFiles: Rewrite[]; fallback: Rewrite[] };
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Every file under `dir`, relative to it with `/`, NFC (the names readers' URLs decode to). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

function copyTree(from: string, to: string, owner: string, taken: Map<string, string>): void {
  for (const file of filesUnder(from)) {
    const name = file.normalize('NFC');
    if (taken.has(name))
      throw new Error(`Static export: ${owner}/${file} and ${taken.get(name)} both map to out/${name}`);
    taken.set(name, `${owner}/${file}`);
    mkdirSync(path.dirname(path.join(to, name)), { recursive: true });
    copyFileSync(path.join(from, file), path.join(to, name));
  }
}

/** The prerendered routes and their files, checked: nothing in them needs a server. */
function prerenderedRoutes(nextDir: string): { route: string; kind: RouteKind; source: string; type?: string }[] {
  const appDir = path.join(nextDir, 'server/app');
  const manifest = readJson<{
    routes: Record<string, unknown>;
    dynamicRoutes: Record<string, { fallback: unknown }>;
  }>(path.join(nextDir, 'prerender-manifest.json'));
  const problems: string[] = [];
  for (const [route, { fallback }] of Object.entries(manifest.dynamicRoutes)) {
    if (fallback !== false) problems.push(`${route}: renders unknown params on request (set dynamicParams = false)`);
  }
  const appRoutes = Object.values(
    readJson<Record<string, string>>(path.join(nextDir, 'app-path-routes-manifest.json')),
  );
  for (const route of appRoutes) {
    if (!route.includes('[') && !(route in manifest.routes))
      problems.push(`${route}: not prerendered (it renders per request)`);
  }
  const routes = Object.keys(manifest.routes).map((route) => {
    const base = path.join(appDir, route === '/' ? 'index' : route.slice(1));
    const kind: RouteKind | undefined = existsSync(`${base}.html`)
      ? 'page'
      : existsSync(`${base}.body`)
        ? 'body'
        : undefined;
    if (!kind) {
      problems.push(`${route}: prerendered, but neither ${base}.html nor ${base}.body exists`);
      return { route, kind: 'page' as const, source: '' };
    }
    const meta: Meta = existsSync(`${base}.meta`) ? readJson<Meta>(`${base}.meta`) : {};
    const status = meta.status ?? 200;
    if (status !== (route === '/_not-found' ? 404 : 200) && route !== '/_global-error') {
      problems.push(`${route}: answers ${status}, which a static host cannot send`);
    }
    return {
      route,
      kind,
      source: `${base}.${kind === 'page' ? 'html' : 'body'}`,
      type: meta.headers?.['content-type'],
    };
  });
  if (problems.length > 0)
    throw new Error(`Static export: only a server can answer these routes:\n  ${problems.join('\n  ')}`);
  return routes;
}

/**
 * The path readers request each route at: next.config.ts's rewrites reversed, and its
 * `trailingSlash`. Fails on redirects, which a static host cannot make.
 */
function publicPaths(nextDir: string): (route: string) => string {
  const manifest = readJson<RoutesManifest>(path.join(nextDir, 'routes-manifest.json'));
  const redirects = manifest.redirects.filter((redirect) => !redirect.internal);
  if (redirects.length > 0) {
    throw new Error(`Static export: static hosts cannot redirect ${redirects.map((r) => r.source).join(', ')}`);
  }
  if (manifest.headers.length > 0) {
    console.warn(
      `Static export: the headers of next.config.ts (${manifest.headers.map((h) => h.source).join(', ')}) are not exported`,
    );
  }
  const { rewrites, basePath } = manifest;
  // Routes are paths on the site; Next writes the rewrites under the base path (`/blog/categories/…`).
  const onSite = (path: string) => (basePath && path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : path);
  const reverse = reverseRewrites(
    (Array.isArray(rewrites) ? rewrites : [...rewrites.beforeFiles, ...rewrites.afterFiles, ...rewrites.fallback]).map(
      (rewrite) => ({ ...rewrite, source: onSite(rewrite.source), destination: onSite(rewrite.destination) }),
    ),
  );
  const { config } = readJson<{ config: { trailingSlash?: boolean } }>(
    path.join(nextDir, 'required-server-files.json'),
  );
  return config.trailingSlash ? (route) => withTrailingSlash(reverse(route)) : reverse;
}

/** Whether `dir`'s file system tells `A` from `a` (macOS and Windows do not, by default). */
function caseSensitive(dir: string): boolean {
  const probe = path.join(dir, '.case-probe');
  writeFileSync(probe, '');
  const sensitive = !existsSync(path.join(dir, '.CASE-PROBE'));
  rmSync(probe);
  return sensitive;
}

/**
 * The old paths of `routing.json` (written by scripts/build-redirects.ts at build time) as pages
 * and a `_redirects` file. On a file system that does not tell `A` from `a`, an old path that
 * differs from a page only in case (`/tags/React` beside `/tags/react`) would overwrite that page:
 * it is left out, and named; `_redirects` keeps it.
 */
function writeRedirects(projectDir: string, outDir: string, basePath: string, owners: Map<string, string>): number {
  const routingFile = path.join(projectDir, '.contentlayer/generated/routing.json');
  if (!existsSync(routingFile)) throw new Error(`${routingFile} is missing: run "npm run build" first`);
  const { redirects } = readJson<Routing>(routingFile);
  const target = { basePath, origin: site.origin, language: site.language };
  const { pages, skipped } = redirectPages(redirects, target);
  for (const from of skipped)
    console.warn(`Static export: the old path ${from} names a file, so only _redirects has it (no page)`);
  let written = pages;
  if (!caseSensitive(outDir)) {
    const byLowerCase = new Map([...owners.keys()].flatMap(prefixes).map((name) => [name.toLowerCase(), name]));
    written = pages.filter((page) => {
      const clash = prefixes(page.file).some((name) => (byLowerCase.get(name.toLowerCase()) ?? name) !== name);
      if (clash)
        console.warn(
          `Static export: ${page.from} differs from a page only in case, which this file system cannot hold apart; only _redirects has it`,
        );
      return !clash;
    });
  }
  checkCollisions(
    written.map((page) => ({ route: `old path ${page.from}`, file: page.file })),
    owners,
  );
  for (const page of written) {
    const file = path.join(outDir, page.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page.html);
  }
  writeFileSync(path.join(outDir, '_redirects'), redirectsFile(redirects, target));
  return written.length;
}

// `a/b/c.html` → `a`, `a/b`, `a/b/c.html`: the names a file needs free.
const prefixes = (file: string) => file.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));

/** Writes the export of the build in `projectDir` to `outDir`; returns what it wrote. */
export async function exportStatic(
  projectDir: string,
  outDir = path.join(projectDir, 'out'),
): Promise<{ pages: number; redirects: number; files: number; bytes: number; compressed: number }> {
  const nextDir = path.join(projectDir, '.next');
  if (!existsSync(path.join(nextDir, 'prerender-manifest.json'))) {
    throw new Error(`${nextDir}/prerender-manifest.json is missing: run "npm run build" first`);
  }
  const { basePath } = readJson<RoutesManifest>(path.join(nextDir, 'routes-manifest.json'));
  if (basePath !== site.basePath) {
    throw new Error(
      `Static export: the build lives under "${basePath || '/'}", but SITE_URL (${site.url}) says "${site.basePath || '/'}": export with the SITE_URL the build had`,
    );
  }
  const routes = prerenderedRoutes(nextDir);
  const toPublic = publicPaths(nextDir);

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const taken = new Map<string, string>();
  copyTree(path.join(projectDir, 'public'), outDir, 'public', taken);
  copyTree(path.join(nextDir, 'static'), path.join(outDir, '_next/static'), '.next/static', new Map());
  for (const file of filesUnder(path.join(outDir, '_next/static'))) taken.set(`_next/static/${file}`, '.next/static');

  const byRoute = new Map(routes.map((route) => [route.route, route]));
  const entries = planExport(routes, toPublic, taken);
  for (const entry of entries) {
    if (entry.kind === 'body') checkBodyType(entry.path, byRoute.get(entry.route)!.type);
    const target = path.join(outDir, entry.file);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(byRoute.get(entry.route)!.source, target);
  }
  // What the Node server answers from these files: every page and file, by the path readers ask
  // for (not the redirect pages: the server sends a 308 itself; not 404.html: Next's handler).
  const served: ExportedFile[] = [
    ...[...taken.keys()].map((file) => ({ path: `/${file}`, file })),
    ...entries
      .filter((entry) => !entry.route.startsWith('/_'))
      .map((entry) => ({
        path: `/${routeSegments(entry.path).join('/')}`,
        file: entry.file,
        type: entry.kind === 'page' ? 'text/html; charset=utf-8' : byRoute.get(entry.route)!.type,
      })),
  ];
  const owners = new Map(taken);
  for (const entry of entries) owners.set(entry.file, `"${entry.route}"`);
  const redirects = writeRedirects(projectDir, outDir, basePath, owners);
  const notFound = entries.find((entry) => entry.route === '/_not-found');
  const { compressed, ...siteFiles } = await describeSiteFiles(outDir, served, {
    notFound: notFound && { path: '/_not-found', file: notFound.file, type: 'text/html; charset=utf-8' },
    url: site.url,
    basePath,
    newest: newestPost(projectDir),
    cacheDir: path.join(nextDir, 'cache/precompressed'),
    thirdParty: { comments: site.comments, analytics: site.analytics },
  });
  writeFileSync(path.join(projectDir, SITE_FILES), `${JSON.stringify(siteFiles satisfies SiteFiles)}\n`);
  writeFileSync(path.join(outDir, '_headers'), headersFile({ basePath }, siteFiles.headers));
  // Without it GitHub Pages runs Jekyll when publishing from a branch, which drops `_next/`.
  writeFileSync(path.join(outDir, '.nojekyll'), '');

  const files = filesUnder(outDir);
  const bytes = files.reduce((sum, file) => sum + statSync(path.join(outDir, file)).size, 0);
  const pages = entries.filter((entry) => entry.kind === 'page').length;
  return { pages, redirects, files: files.length, bytes, compressed };
}

/** The date of the newest published post: the feeds' and the sitemap's `Last-Modified`. */
function newestPost(projectDir: string): Date | undefined {
  const index = path.join(projectDir, '.contentlayer/generated/Post/_index.json');
  const posts = readJson<{ publishedAt: string; isPublished?: boolean }[]>(index).filter(
    (post) => post.isPublished !== false,
  );
  const newest = Math.max(...posts.map((post) => Date.parse(post.publishedAt)));
  return Number.isFinite(newest) ? new Date(newest) : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  try {
    const { pages, redirects, files, bytes, compressed } = await exportStatic(process.cwd());
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Static export: ${pages} pages, ${redirects} redirect pages, ${files} files (${compressed} of them .br/.gz), ` +
        `${(bytes / 1e6).toFixed(1)} MB in out/ (${seconds} s)`,
    );
    if (new URL(site.url).hostname === 'localhost') {
      console.warn(
        `Note: SITE_URL is not set, so feeds, the sitemap and canonical links point at ${site.url}; ` +
          'build with SITE_URL=https://your.domain to publish (README, "Feeds and SEO")',
      );
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
