// Renders Open Graph images for scripts/build-og-images.ts, in a worker thread or in its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';

import type { OgCard } from '../lib/og/card';
import { loadOgFonts, renderOgCard } from '../lib/og/render';

/** One image to write. */
export interface OgJob {
  file: string;
  url: string;
  card: OgCard;
}

/** What a worker says: `ready` once its fonts are loaded, then the bytes it wrote for each batch. */
export type OgWorkerReply = 'ready' | { bytes: number } | { error: string };

/** Renders one image and writes it; returns its size in bytes. */
export async function writeOgImage(job: OgJob): Promise<number> {
  let png: Buffer;
  try {
    png = await renderOgCard(job.card);
  } catch (error) {
    throw new Error(`Open Graph image of ${decodeURI(job.url)}: ${(error as Error).message}`);
  }
  mkdirSync(path.dirname(job.file), { recursive: true });
  writeFileSync(job.file, png);
  return png.length;
}

/** Renders a batch one image after another; returns the bytes written. */
export async function writeOgImages(jobs: readonly OgJob[]): Promise<number> {
  let bytes = 0;
  for (const job of jobs) bytes += await writeOgImage(job);
  return bytes;
}

const port = parentPort;
if (port) {
  await loadOgFonts();
  port.on('message', (jobs: OgJob[]) => {
    writeOgImages(jobs).then(
      (bytes) => port.postMessage({ bytes } satisfies OgWorkerReply),
      (error: Error) => port.postMessage({ error: error.message } satisfies OgWorkerReply),
    );
  });
  port.postMessage('ready' satisfies OgWorkerReply);
}
