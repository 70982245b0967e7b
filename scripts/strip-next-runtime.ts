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
 * payload, and nothing else, and then checks the page by allowlist: it may hold only the scripts
 * this project writes (lib/page-scripts.ts). It fails the build, naming the file:
 * - if a route has a client component of ours (`'use client'`): it would never run;
 * - if a page holds any other script or script preload afterwards (a runtime script a later
 *   Next.js release adds, which the markers here do not know, cannot slip through).
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

import { Parser } from 'htmlparser2';

import { disallowedScript, isScriptPreload, type ScriptElement } from '../lib/page-scripts';

// Under a base path (next.config.ts `basePath`), the runtime is at `/blog/_next/static/`.
const RUNTIME_PATH = '/_next/static/';
// The React payload (`self.__next_f.push(…)`) and Turbopack's chunk list (`globalThis.TURBOPACK`).
const RUNTIME_INLINE = /\bself\.__next_f\b|\bTURBOPACK\b/;
const STYLESHEET = /\.(css|scss|sass|less)$/;

/**
 * Every `<script>` and `<link>` of a page with where it is ([start, end) offsets), read by a
 * streaming tokenizer: a page is never built into a tree, which cost more than the rest of the
 * step together.
 */
export function scriptElements(html: string): ScriptElement[] {
  const found: ScriptElement[] = [];
  let open: ScriptElement | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'script' && name !== 'link') return;
        open = { tagName: name, attributes, text: '', start: parser.startIndex, end: parser.endIndex + 1 };
        if (name === 'link') {
          found.push(open);
          open = undefined;
        }
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (name !== 'script' || !open) return;
        open.end = parser.endIndex + 1;
        found.push(open);
        open = undefined;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

const isRuntime = (element: ScriptElement, runtimePath: string) => {
  if (element.tagName === 'link')
    return isScriptPreload(element) && (element.attributes.href ?? '').startsWith(runtimePath);
  const src = element.attributes.src;
  if (src !== undefined) return src.startsWith(runtimePath);
  const type = (element.attributes.type ?? '').toLowerCase();
  const runs = type === '' || type === 'text/javascript' || type === 'module';
  return runs && RUNTIME_INLINE.test(element.text);
};

/**
 * The page without the Next.js runtime: the same text with those elements cut out, nothing
 * reformatted. `basePath` is the site's (`/blog`), under which Next serves its runtime. Whatever
 * script is left must be one of this project's (lib/page-scripts.ts), or this throws naming the
 * page and the element.
 */
export function stripNextRuntime(html: string, file: string, basePath = ''): string {
  const runtimePath = `${basePath}${RUNTIME_PATH}`;
  const elements = scriptElements(html);
  const cuts = elements.filter((element) => isRuntime(element, runtimePath));
  // Every page Next.js renders carries its payload: finding none means its markup has changed.
  if (!cuts.length)
    throw new Error(`${file}: no Next.js runtime found to strip (has the markup Next.js writes changed?)`);
  let stripped = '';
  let from = 0;
  for (const { start, end } of cuts) {
    stripped += html.slice(from, start);
    from = end;
  }
  stripped += html.slice(from);
  // What is left is the elements not cut, whole: the one pass over the page tells them apart.
  checkScripts(
    elements.filter((element) => !cuts.includes(element)),
    file,
    basePath,
  );
  return stripped;
}

/** Throws, naming the page and the element, when a page holds a script this project does not write. */
function checkScripts(elements: readonly ScriptElement[], file: string, basePath: string): void {
  for (const element of elements) {
    const problem = disallowedScript(element, basePath);
    if (problem) throw new Error(`${file}: ${problem} (only this project's scripts may remain after stripping)`);
  }
}

/**
 * Our own client components in one route's client reference manifest, as paths in the project
 * (`components/x.tsx`). Turbopack names a module `[project]/components/x.tsx`, webpack by its
 * absolute path; a key in neither form, or a page's manifest with no module at all (Next's own
 * layout router is always one), fails rather than passes unread.
 */
export function projectClientModules(manifestSource: string, file: string, projectRoot = process.cwd()): string[] {
  const context: { __RSC_MANIFEST?: Record<string, { clientModules?: unknown }> } = {};
  vm.runInNewContext(manifestSource, context, { filename: file, timeout: 1000 });
  const routes = Object.values(context.__RSC_MANIFEST ?? {});
  if (routes.length === 0) throw new Error(`${file}: assigns no __RSC_MANIFEST entry (has its format changed?)`);
  const root = path.resolve(projectRoot);
  // A route handler (`feed.xml/route`) has none; a page always has Next's own layout router.
  const isPageManifest = path.basename(file).endsWith('page_client-reference-manifest.js');
  return routes.flatMap((route) => {
    if (!route.clientModules || typeof route.clientModules !== 'object') {
      throw new Error(`${file}: a route without "clientModules" (has its format changed?)`);
    }
    const keys = Object.keys(route.clientModules);
    if (keys.length === 0 && isPageManifest) {
      throw new Error(`${file}: a page with no client modules at all (has its format changed?)`);
    }
    return keys.flatMap((key) => {
      // Turbopack adds what part of the module it means (` <module evaluation>`).
      const source = key.replace(/ <[^>]*>$/, '');
      let relative: string;
      if (source.startsWith('[project]/')) relative = source.slice('[project]/'.length);
      else if (path.isAbsolute(source)) relative = path.relative(root, source).split(path.sep).join('/');
      else throw new Error(`${file}: a client module named "${key}", in no form this check reads`);
      // Webpack lists the stylesheets a route imports beside its modules.
      if (/(^|\/)node_modules\//.test(relative) || STYLESHEET.test(relative)) return [];
      if (relative.startsWith('../')) {
        throw new Error(`${file}: a client module outside the project and node_modules: "${key}"`);
      }
      return [relative];
    });
  });
}

function filesEndingWith(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Checks the routes and strips every prerendered page of the build at `nextDir`; returns how many files it changed. */
export function stripBuild(nextDir: string, projectRoot = path.dirname(path.resolve(nextDir))): number {
  const appDir = path.join(nextDir, 'server/app');
  const routesManifest = path.join(nextDir, 'routes-manifest.json');
  const basePath = existsSync(routesManifest)
    ? ((JSON.parse(readFileSync(routesManifest, 'utf8')) as { basePath?: string }).basePath ?? '')
    : '';
  for (const manifest of filesEndingWith(appDir, '_client-reference-manifest.js')) {
    const modules = [...new Set(projectClientModules(readFileSync(manifest, 'utf8'), manifest, projectRoot))];
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
