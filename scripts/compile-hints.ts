/**
 * Marks the JavaScript every page runs while it loads for eager compilation: `tsx
 * scripts/compile-hints.ts` after `next build`, before the static files are copied anywhere.
 *
 * V8 compiles a function the first time it is called, on the main thread, unless the file starts
 * with the magic comment `//# allFunctionsCalledOnLoad` (Chrome 136 and later; other engines read
 * a comment). Then it compiles the whole file while the file streams in, on a background thread.
 * Hydration calls nearly every function of React DOM and of the Next.js runtime, so without the
 * hint their compilation is one more long task on the main thread: it was about two thirds of the
 * script time of an empty Next.js page here (npm run bench:pages). Chunks that load later
 * (the search engine behind the palette) are left lazy, as V8 advises for code that may never run.
 *
 * Which files: the framework's own chunks (`rootMainFiles` of .next/build-manifest.json) and the
 * chunks each route loads with its HTML (`entryJSFiles` of its client reference manifest). Both
 * are what Next.js itself reads to write the page's script tags; if a Next.js release renames
 * them, this script fails the build rather than silently doing nothing.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** `static/chunks/x.js` paths (relative to .next) that the build manifest says every page loads. */
export function rootMainFiles(buildManifest: unknown, file: string): string[] {
  const files = (buildManifest as { rootMainFiles?: unknown } | null)?.rootMainFiles;
  if (!Array.isArray(files) || !files.every((entry) => typeof entry === 'string')) {
    throw new Error(`${file}: no "rootMainFiles" list of chunk paths (has the Next.js build manifest changed?)`);
  }
  return files;
}

/**
 * The JavaScript chunks of every entry in one route's client reference manifest, a script that
 * assigns `globalThis.__RSC_MANIFEST[route] = { entryJSFiles: { entry: [paths] }, … }`.
 */
export function entryJsFiles(manifestSource: string, file: string): string[] {
  const context: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: unknown }> } = {};
  vm.runInNewContext(manifestSource, context, { filename: file, timeout: 1000 });
  const routes = Object.values(context.__RSC_MANIFEST ?? {});
  if (routes.length === 0) throw new Error(`${file}: assigns no __RSC_MANIFEST entry (has its format changed?)`);
  return routes.flatMap((route) => {
    const entries = route.entryJSFiles;
    if (!entries || typeof entries !== 'object') throw new Error(`${file}: a route without "entryJSFiles"`);
    return Object.values(entries as Record<string, unknown>).flatMap((paths) => {
      if (!Array.isArray(paths)) throw new Error(`${file}: "entryJSFiles" holds ${JSON.stringify(paths)}, not a list`);
      return paths.filter((entry): entry is string => typeof entry === 'string' && entry.endsWith('.js'));
    });
  });
}

/** The source with the hint as its first line; unchanged if it has it already. */
export function withCompileHint(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : COMPILE_HINT + source;
}

/**
 * A source map moved one line down, to match a file that gained the hint as its first line: in
 * `mappings` a `;` is a generated line without segments; an index map moves its sections.
 */
export function shiftSourceMap(map: { mappings?: string; sections?: { offset: { line: number } }[] }) {
  if (typeof map.mappings === 'string') return { ...map, mappings: `;${map.mappings}` };
  if (Array.isArray(map.sections)) {
    return {
      ...map,
      sections: map.sections.map((section) => ({
        ...section,
        offset: { ...section.offset, line: section.offset.line + 1 },
      })),
    };
  }
  return map;
}

function* clientReferenceManifests(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* clientReferenceManifests(file);
    else if (entry.name.endsWith('_client-reference-manifest.js')) yield file;
  }
}

/** Adds the hint to every chunk a page loads with its HTML in the build at `nextDir`; returns them. */
export function markEagerChunks(nextDir: string): string[] {
  const buildManifest = path.join(nextDir, 'build-manifest.json');
  const files = new Set(rootMainFiles(JSON.parse(readFileSync(buildManifest, 'utf8')), buildManifest));
  for (const manifest of clientReferenceManifests(path.join(nextDir, 'server/app'))) {
    for (const file of entryJsFiles(readFileSync(manifest, 'utf8'), manifest)) files.add(file);
  }
  for (const file of files) {
    const chunk = path.join(nextDir, file);
    if (!existsSync(chunk)) throw new Error(`${chunk}: listed by the build's manifests but missing`);
    const source = readFileSync(chunk, 'utf8');
    const marked = withCompileHint(source);
    if (marked === source) continue;
    writeFileSync(chunk, marked);
    const map = `${chunk}.map`;
    if (existsSync(map)) writeFileSync(map, JSON.stringify(shiftSourceMap(JSON.parse(readFileSync(map, 'utf8')))));
  }
  return [...files].sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const files = markEagerChunks('.next');
    console.log(`Compile hints: ${files.length} chunks every page loads are compiled as they stream in`);
  } catch (error) {
    console.error(`compile-hints: ${(error as Error).message}`);
    process.exit(1);
  }
}
