// Pagefind: the Rust indexer (through its Node API) writes a chunked bundle to a temp dir; the
// bundle's own browser runtime, pagefind.js and its WebAssembly, answers queries here in Node
// with `fetch` served from that dir, so the bytes each query fetches can be counted.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

import * as pagefind from 'pagefind';

import { fullText, type SearchDoc } from './docs';
import { gzipSize, sizeOf, type EngineConfig, type Size } from './engine';
import { documentKeys, queryKeys } from './keys';

interface PagefindRuntime {
  options(options: { basePath: string }): Promise<void>;
  destroy(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<{ url: string }> }[] }>;
}

// Every file the runtime fetches, with its size on disk (what a static host sends).
let fetched: { file: string; bytes: number }[] = [];
const nodeFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.startsWith('file:')) return nodeFetch(input, init);
  const file = fileURLToPath(url.replace(/\?.*$/, ''));
  const data = await readFile(file);
  fetched.push({ file, bytes: data.length });
  return new Response(data);
};

/**
 * The bundle's runtime with empty caches: `destroy()` drops what it loaded, so the next search
 * fetches entry, metadata, WebAssembly and chunks again, as a first visit would.
 */
async function loadRuntime(dir: string): Promise<PagefindRuntime> {
  const runtime = (await import(pathToFileURL(path.join(dir, 'pagefind.js')).href)) as PagefindRuntime;
  await runtime.destroy();
  await runtime.options({ basePath: `${pathToFileURL(dir).href}/` });
  return runtime;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

// Index data: what depends on the posts. The runtime and the optional UI are the same for any site.
const isIndexData = (file: string) => /pagefind-entry\.json$|\.pf_\w+$/.test(file);
// The runtime a browser loads: script and worker (gzipped by the server), WebAssembly (gzipped already).
const RUNTIME_SCRIPTS = ['pagefind.js', 'pagefind-worker.js'];
const isWasm = (file: string) => /[/\\]wasm\.[\w-]+\.pagefind$/.test(file);

async function runtimeBytes(dir: string, files: string[]): Promise<number> {
  const scripts = await Promise.all(
    RUNTIME_SCRIPTS.map(async (file) => gzipSize(await readFile(path.join(dir, file)))),
  );
  // One WebAssembly module is fetched: the one for the index's language.
  const wasm = await Promise.all(files.filter(isWasm).map(async (file) => (await readFile(file)).length));
  return [...scripts, Math.max(...wasm)].reduce((sum, bytes) => sum + bytes, 0);
}

/**
 * The bundle's index data: `raw` uncompressed, `gzip` as served. Pagefind writes its `.pf_*`
 * files gzipped already, so those count as they are on disk; only the entry JSON is gzipped here.
 */
async function indexSize(files: string[]): Promise<Size> {
  const size: Size = { raw: 0, gzip: 0 };
  for (const file of files) {
    const data = await readFile(file);
    const piece = file.endsWith('.json') ? sizeOf(data) : { raw: gunzipSync(data).length, gzip: data.length };
    size.raw += piece.raw;
    size.gzip += piece.gzip;
  }
  return size;
}

/** Fragment file (or group entry) id → document id, read from the fragments on disk. */
async function fragmentIds(files: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const docId = (url: string) => url.replace(/^\/|\/$/g, '');
  for (const file of files.filter((name) => name.endsWith('.pf_fragment'))) {
    // Gzipped JSON behind a 12-byte `pagefind_dcd` signature: one fragment, or a group of them.
    const json = JSON.parse(
      gunzipSync(await readFile(file))
        .subarray(12)
        .toString('utf8'),
    ) as { url: string } | Record<string, { url: string }>;
    if (typeof json.url === 'string') ids.set(path.basename(file, '.pf_fragment'), docId(json.url));
    else for (const [hash, fragment] of Object.entries(json)) ids.set(hash, docId((fragment as { url: string }).url));
  }
  return ids;
}

function pagefindEngine(
  name: string,
  content: (doc: SearchDoc) => string,
  query: (text: string) => string,
): EngineConfig {
  return {
    name,
    async build(docs) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
      const batch = 256;
      for (let start = 0; start < docs.length; start += batch) {
        await Promise.all(
          docs.slice(start, start + batch).map(async (doc) => {
            const response = await index.addCustomRecord({
              url: `/${doc.id}/`,
              content: content(doc),
              language: 'ko',
              meta: { title: doc.title },
            });
            if (response.errors.length) throw new Error(`pagefind ${doc.id}: ${response.errors.join('; ')}`);
          }),
        );
      }
      const dir = await mkdtemp(path.join(os.tmpdir(), 'search-compare-pagefind-'));
      const written = await index.writeFiles({ outputPath: dir });
      if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
      await index.deleteIndex();

      // What the harness reads back from the bundle, once, outside the timed build.
      let opened: Promise<{ files: string[]; ids: Map<string, string>; runtimeGzip: number }>;
      const bundle = () =>
        (opened ??= (async () => {
          const files = await listFiles(dir);
          return { files, ids: await fragmentIds(files), runtimeGzip: await runtimeBytes(dir, files) };
        })());
      // One runtime (module instance) per bundle: warm for timing, emptied for counting bytes.
      let warm: PagefindRuntime | undefined;
      return {
        runtimeBytes: async () => (await bundle()).runtimeGzip,
        serialize: async () => indexSize((await bundle()).files.filter(isIndexData)),
        async search(text, limit) {
          const { ids } = await bundle();
          warm ??= await loadRuntime(dir);
          const { results } = await warm.search(query(text));
          return results.slice(0, limit).map((result) => ids.get(result.id) ?? `?${result.id}`);
        },
        async firstResultBytes(text) {
          const { runtimeGzip } = await bundle();
          fetched = [];
          const cold = await loadRuntime(dir);
          warm = undefined;
          const { results } = await cold.search(query(text));
          await results[0]?.data();
          // The entry file is plain JSON a server gzips; the index files ship compressed already.
          const data = await Promise.all(
            fetched
              .filter(({ file }) => !isWasm(file))
              .map(async ({ file, bytes }) => (file.endsWith('.json') ? gzipSize(await readFile(file)) : bytes)),
          );
          return runtimeGzip + data.reduce((sum, bytes) => sum + bytes, 0);
        },
        close: () => rm(dir, { recursive: true, force: true }),
      };
    },
  };
}

// Index keys as extra words: bigrams and 초성 without their `g:`/`i:` prefixes. Whole words are
// in the text already, and Pagefind's prefix matching makes a bigram find its first syllable.
const keyWords = (text: string) =>
  documentKeys(text)
    .filter((key) => !key.startsWith('w:'))
    .map((key) => key.slice(2))
    .filter((word) => [...word].length > 1)
    .join(' ');

export const PAGEFIND: EngineConfig[] = [
  pagefindEngine('Pagefind default', fullText, (text) => text),
  pagefindEngine(
    'Pagefind + keys as words',
    (doc) => `${fullText(doc)}\n${keyWords(fullText(doc))}`,
    (text) =>
      queryKeys(text)
        .map((key) => key.slice(2))
        .join(' '),
  ),
];

/** Stops Pagefind's indexing binary. */
export const closePagefind = () => pagefind.close();
