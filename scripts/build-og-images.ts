// Writes the Open Graph image of every page (lib/og/cards.ts) to public/og/ as 1200×630 PNGs,
// from the same post index the pages are built from. Runs after the content step. Images whose
// card and renderer are unchanged since the last run are kept; `--force` renders every one.
// OG_WORKERS sets the number of worker threads (default: one per core).
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

import { ogImages } from '../lib/og/cards';
import { publicFile } from '../lib/og/files';
import { buildPostIndex, type SourcePost } from '../lib/post-index';
import { site } from '../lib/site';
import { ogImagesPath, withoutBase } from '../lib/urls';

import type { OgJob, OgWorkerReply } from './og-worker';

const PUBLIC = 'public';
const OUT = path.join(PUBLIC, ogImagesPath);
const MANIFEST = 'node_modules/.cache/og-images.json';
// Each worker first parses ~20 MB of fonts (seconds): below this many images one thread is faster.
const INLINE_BELOW = 40;
const BATCH = 8;

const require = createRequire(import.meta.url);
const FONT_PACKAGES = ['pretendard', '@expo-google-fonts/noto-sans-jp', '@expo-google-fonts/noto-sans-sc'];

/** Changes whenever the card's design, the fonts or the renderer do: then every image is redrawn. */
function rendererFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of ['../lib/og/card.tsx', '../lib/og/render.ts']) {
    hash.update(readFileSync(new URL(file, import.meta.url)));
  }
  for (const name of ['satori', '@resvg/resvg-js', ...FONT_PACKAGES]) {
    hash.update(`${name}@${require(`${name}/package.json`).version}`);
  }
  return hash.digest('hex');
}

function readManifest(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

function writeManifest(manifest: Record<string, string>): void {
  mkdirSync(path.dirname(MANIFEST), { recursive: true });
  // Written aside and renamed, so an interrupted run never leaves half a manifest.
  writeFileSync(`${MANIFEST}.tmp`, JSON.stringify(manifest));
  renameSync(`${MANIFEST}.tmp`, MANIFEST);
}

/** Deletes images of pages that no longer exist, and the folders they leave empty. */
function removeStale(dir: string, keep: ReadonlySet<string>): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !keep.has(file)) {
      rmSync(file);
      removed++;
    }
  }
  // Deepest first, so a parent is empty by the time it comes up.
  const dirs = entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(entry.parentPath, entry.name));
  for (const sub of dirs.sort((a, b) => b.length - a.length)) {
    if (readdirSync(sub).length === 0) rmdirSync(sub);
  }
  return removed;
}

interface RenderStats {
  bytes: number;
  workers: number;
  /** Longest time a worker took to start and parse its fonts. */
  startupMs: number;
}

async function renderHere(jobs: readonly OgJob[]): Promise<RenderStats> {
  const { writeOgImages } = await import('./og-worker');
  const { loadOgFonts } = await import('../lib/og/render');
  const started = performance.now();
  await loadOgFonts();
  const startupMs = performance.now() - started;
  return { bytes: await writeOgImages(jobs), workers: 0, startupMs };
}

/** Hands batches of jobs to `count` worker threads as each finishes its last batch. */
function renderInWorkers(jobs: readonly OgJob[], count: number): Promise<RenderStats> {
  // Node 20 workers do not inherit tsx's loader: each registers it, then loads the TypeScript entry.
  const source = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ tsImport }) =>
    tsImport(${JSON.stringify(new URL('./og-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;
  const stats: RenderStats = { bytes: 0, workers: count, startupMs: 0 };
  let next = 0;
  const started = performance.now();
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(source, { eval: true });
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage(jobs.slice(next, (next += BATCH)));
      };
      worker.on('message', (reply: OgWorkerReply) => {
        if (reply === 'ready') {
          stats.startupMs = Math.max(stats.startupMs, performance.now() - started);
        } else if ('error' in reply) {
          void worker.terminate();
          reject(new Error(reply.error));
          return;
        } else {
          stats.bytes += reply.bytes;
        }
        feed();
      });
      worker.on('error', reject);
    });
  return Promise.all(Array.from({ length: count }, run)).then(() => stats);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { force: { type: 'boolean' } } });
  const started = performance.now();
  const sources = JSON.parse(readFileSync('.contentlayer/generated/Post/_index.json', 'utf8')) as SourcePost[];
  const images = ogImages(buildPostIndex(sources), site);

  const renderer = rendererFingerprint();
  const previous = values.force ? {} : readManifest();
  const manifest: Record<string, string> = {};
  const jobs: OgJob[] = [];
  for (const { url, card } of images) {
    const file = publicFile(PUBLIC, withoutBase(url));
    if (file in manifest) throw new Error(`Two Open Graph images share ${file}`);
    const key = createHash('sha256').update(renderer).update(JSON.stringify(card)).digest('base64url');
    manifest[file] = key;
    if (previous[file] !== key || !existsSync(file)) jobs.push({ file, url, card });
  }
  const removed = removeStale(OUT, new Set(Object.keys(manifest)));

  const workers = Math.max(1, Number(process.env.OG_WORKERS) || os.availableParallelism());
  const renderStart = performance.now();
  // Worker threads share this process, so its CPU time counts theirs: a figure that, unlike the
  // wall time, does not grow when other programs compete for the cores.
  const cpuStart = process.cpuUsage();
  const stats =
    jobs.length === 0
      ? { bytes: 0, workers: 0, startupMs: 0 }
      : jobs.length < INLINE_BELOW || workers === 1
        ? await renderHere(jobs)
        : await renderInWorkers(jobs, Math.min(workers, Math.ceil(jobs.length / BATCH)));
  const renderWallMs = performance.now() - renderStart;
  const { user, system } = process.cpuUsage(cpuStart);
  writeManifest(manifest);

  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const perImage = jobs.length
    ? `; per image ${(renderWallMs / jobs.length).toFixed(1)} ms, ${((user + system) / 1000 / jobs.length).toFixed(1)} ms of CPU` +
      ` (${stats.workers ? `${stats.workers} workers` : 'main thread'}, fonts loaded in ${seconds(stats.startupMs)})`
    : '';
  console.log(
    `Open Graph images: ${images.length} pages, ${jobs.length} rendered (${(stats.bytes / 1e6).toFixed(1)} MB), ` +
      `${images.length - jobs.length} unchanged, ${removed} removed in ${seconds(performance.now() - started)}${perImage} → ${OUT}/`,
  );
}

main().catch((error: Error) => {
  console.error(`Error: ${error.message}`);
  process.exit(1);
});
