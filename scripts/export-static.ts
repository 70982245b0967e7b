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

import { checkBodyType, planExport, withTrailingSlash, type RouteKind } from '../lib/output/export-paths';
import { reverseRewrites, type Rewrite } from '../lib/output/export-rewrites';

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
  const { rewrites } = manifest;
  const reverse = reverseRewrites(
    Array.isArray(rewrites) ? rewrites : [...rewrites.beforeFiles, ...rewrites.afterFiles, ...rewrites.fallback],
  );
  const { config } = readJson<{ config: { trailingSlash?: boolean } }>(
    path.join(nextDir, 'required-server-files.json'),
  );
  return config.trailingSlash ? (route) => withTrailingSlash(reverse(route)) : reverse;
}

/** Writes the export of the build in `projectDir` to `outDir`; returns what it wrote. */
export function exportStatic(
  projectDir: string,
  outDir = path.join(projectDir, 'out'),
): { pages: number; files: number; bytes: number } {
  const nextDir = path.join(projectDir, '.next');
  if (!existsSync(path.join(nextDir, 'prerender-manifest.json'))) {
    throw new Error(`${nextDir}/prerender-manifest.json is missing: run "npm run build" first`);
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
  // Without it GitHub Pages runs Jekyll when publishing from a branch, which drops `_next/`.
  writeFileSync(path.join(outDir, '.nojekyll'), '');

  const files = filesUnder(outDir);
  const bytes = files.reduce((sum, file) => sum + statSync(path.join(outDir, file)).size, 0);
  return { pages: entries.filter((entry) => entry.kind === 'page').length, files: files.length, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  try {
    const { pages, files, bytes } = exportStatic(process.cwd());
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Static export: ${pages} pages, ${files} files, ${(bytes / 1e6).toFixed(1)} MB in out/ (${seconds} s)`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
