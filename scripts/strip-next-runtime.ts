/**
 * Takes the Next.js client runtime out of the prerendered pages: `tsx scripts/strip-next-runtime.ts`
 * after `next build`, before the standalone server first runs.
 *
 * Every page of this blog is static HTML rendered by React on the server. In the browser, the App
 * Router would download React DOM and its router (about 120 kB gzipped), replay the page's React
 * tree from the payload inlined in the HTML, and hydrate it: a few hundred milliseconds of a
 * phone's main thread (Total Blocking Time) on every page, for links and a few buttons. What a
 * reader does beyond reading is done by small scripts instead (components/islands, built by
 * scripts/build-islands.ts), and links are plain links that Speculation Rules prefetch.
 *
 * So this removes from each page the runtime's `<script>`s, its preloads and the inlined React
 * payload, and nothing else. It fails the build, naming the file:
 * - if a route has a client component of ours (`'use client'`): it would never run;
 * - if a page still refers to the runtime afterwards (the markup Next.js writes has changed).
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

// Under a base path (next.config.ts `basePath`), the runtime is at `/blog/_next/static/`.
const RUNTIME_PATH = '/_next/static/';
// The React payload (`self.__next_f.push(…)`) and Turbopack's chunk list (`globalThis.TURBOPACK`).
const RUNTIME_INLINE = /\bself\.__next_f\b|\bTURBOPACK\b/;

// Inline scripts that run: not JSON-LD, not Speculation Rules, whose text is data.
const isClassic = (element: Element) => {
  const type = element.properties.type;
  return type === undefined || type === '' || type === 'text/javascript' || type === 'module';
};

type IsRuntimeUrl = (url: string) => boolean;

const isRuntimeScript = (element: Element, isRuntimeUrl: IsRuntimeUrl) => {
  const src = element.properties.src;
  if (typeof src === 'string') return isRuntimeUrl(src);
  return isClassic(element) && RUNTIME_INLINE.test(toString(element));
};

const isRuntimePreload = (element: Element, isRuntimeUrl: IsRuntimeUrl) => {
  const rel = element.properties.rel;
  const href = element.properties.href;
  return (
    Array.isArray(rel) &&
    rel.some((value) => value === 'preload' || value === 'modulepreload') &&
    typeof href === 'string' &&
    isRuntimeUrl(href) &&
    (element.properties.as === 'script' || rel.includes('modulepreload'))
  );
};

/** Where the runtime's elements are in a page: [start, end) offsets, last first. */
function runtimeElements(html: string, file: string, isRuntimeUrl: IsRuntimeUrl): [number, number][] {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const found: [number, number][] = [];
  visit(tree, 'element', (element) => {
    const runtime =
      (element.tagName === 'script' && isRuntimeScript(element, isRuntimeUrl)) ||
      (element.tagName === 'link' && isRuntimePreload(element, isRuntimeUrl));
    if (!runtime) return;
    const start = element.position?.start.offset;
    const end = element.position?.end.offset;
    if (start === undefined || end === undefined) throw new Error(`${file}: a <${element.tagName}> without a position`);
    found.push([start, end]);
    return 'skip';
  });
  return found.sort((a, b) => b[0] - a[0]);
}

/**
 * The page without the Next.js runtime: the same text with those elements cut out, nothing
 * reformatted. `basePath` is the site's (`/blog`), under which Next serves its runtime; whatever
 * still refers to a `/_next/static/` script afterwards, under any path, fails.
 */
export function stripNextRuntime(html: string, file: string, basePath = ''): string {
  const runtimePath = `${basePath}${RUNTIME_PATH}`;
  const cuts = runtimeElements(html, file, (url) => url.startsWith(runtimePath));
  // Every page Next.js renders carries its payload: finding none means its markup has changed.
  if (!cuts.length)
    throw new Error(`${file}: no Next.js runtime found to strip (has the markup Next.js writes changed?)`);
  let stripped = html;
  for (const [start, end] of cuts) stripped = stripped.slice(0, start) + stripped.slice(end);
  if (runtimeElements(stripped, file, (url) => url.includes(RUNTIME_PATH)).length)
    throw new Error(`${file}: still loads the Next.js runtime after stripping`);
  return stripped;
}

/** Our own client components (`[project]/components/x.tsx`) in one route's client reference manifest. */
export function projectClientModules(manifestSource: string, file: string): string[] {
  const context: { __RSC_MANIFEST?: Record<string, { clientModules?: unknown }> } = {};
  vm.runInNewContext(manifestSource, context, { filename: file, timeout: 1000 });
  const routes = Object.values(context.__RSC_MANIFEST ?? {});
  if (routes.length === 0) throw new Error(`${file}: assigns no __RSC_MANIFEST entry (has its format changed?)`);
  return routes.flatMap((route) => {
    if (!route.clientModules || typeof route.clientModules !== 'object') {
      throw new Error(`${file}: a route without "clientModules" (has its format changed?)`);
    }
    return Object.keys(route.clientModules)
      .filter((key) => key.startsWith('[project]/') && !key.startsWith('[project]/node_modules/'))
      .map((key) => key.slice('[project]/'.length).replace(/ .*$/, ''));
  });
}

function filesEndingWith(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Checks the routes and strips every prerendered page of the build at `nextDir`; returns how many files it changed. */
export function stripBuild(nextDir: string): number {
  const appDir = path.join(nextDir, 'server/app');
  const routesManifest = path.join(nextDir, 'routes-manifest.json');
  const basePath = existsSync(routesManifest)
    ? ((JSON.parse(readFileSync(routesManifest, 'utf8')) as { basePath?: string }).basePath ?? '')
    : '';
  for (const manifest of filesEndingWith(appDir, '_client-reference-manifest.js')) {
    const modules = projectClientModules(readFileSync(manifest, 'utf8'), manifest);
    if (modules.length) {
      throw new Error(
        `${manifest}: ${modules.join(', ')} ${modules.length > 1 ? 'are client components' : 'is a client component'} ('use client'), ` +
          'but pages ship without React in the browser: make it an island (components/islands)',
      );
    }
  }
  // The standalone server has its own copy of each page (next build writes both): a copy that is
  // the same file gets the same result, not a second parse.
  const standaloneDir = path.join(nextDir, 'standalone/.next/server/app');
  const strip = (file: string) => {
    const html = readFileSync(file, 'utf8');
    const stripped = stripNextRuntime(html, file, basePath);
    writeFileSync(file, stripped);
    return { html, stripped };
  };
  let files = 0;
  for (const file of filesEndingWith(appDir, '.html')) {
    const { html, stripped } = strip(file);
    files++;
    const copy = path.join(standaloneDir, path.relative(appDir, file));
    if (!existsSync(copy)) continue;
    if (readFileSync(copy, 'utf8') === html) writeFileSync(copy, stripped);
    else strip(copy);
    files++;
  }
  // Pages only the standalone server has (none today), stripped all the same.
  if (existsSync(standaloneDir)) {
    for (const copy of filesEndingWith(standaloneDir, '.html')) {
      if (existsSync(path.join(appDir, path.relative(standaloneDir, copy)))) continue;
      strip(copy);
      files++;
    }
  }
  if (files === 0) throw new Error(`${appDir}: no prerendered pages (run "next build" first)`);
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const pages = stripBuild('.next');
    console.log(`Stripped the Next.js runtime from ${pages} prerendered pages`);
  } catch (error) {
    console.error(`strip-next-runtime: ${(error as Error).message}`);
    process.exit(1);
  }
}
