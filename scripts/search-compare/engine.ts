// What the harness needs from each engine configuration, and how sizes are counted.
import { once } from 'node:events';
import { createGzip, gzipSync } from 'node:zlib';

import type { SearchDoc } from './docs';

/** Bytes of a serialized index: as written, and gzipped (level 9) as a server would send it. */
export interface Size {
  raw: number;
  gzip: number;
}

/** An engine's index, once built. */
export interface BuiltIndex {
  /** The index as the engine serializes it for the browser. */
  serialize(): Promise<Size>;
  /** Ids of matching documents, best first, at most `limit`. */
  search(query: string, limit: number): Promise<string[]>;
  /** Gzipped bytes of the runtime, for engines without a `runtime` entry to bundle. */
  runtimeBytes?(): Promise<number>;
  /**
   * Gzipped bytes a browser downloads before the first result of `query` shows, runtime
   * included. Only for engines that load their index in parts; for the others it is the
   * runtime plus the whole index.
   */
  firstResultBytes?(query: string): Promise<number>;
  /** Frees what the index holds outside the JS heap (a child process, temp files). */
  close?(): Promise<void>;
}

export interface EngineConfig {
  name: string;
  /**
   * An ES module whose minified browser bundle is the engine's runtime (Pagefind writes its
   * own runtime and reports it as `runtimeBytes`).
   */
  runtime?: string;
  build(docs: readonly SearchDoc[]): Promise<BuiltIndex>;
}

/** Gzipped (level 9) size of data that is one download. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Size of serialized data that is one download. */
export function sizeOf(data: string | Uint8Array): Size {
  return { raw: Buffer.byteLength(data), gzip: gzipSize(data) };
}

/**
 * Size of serialized data handed over in parts that make one download, gzipped as one stream:
 * joining the parts into one string first can pass V8's string length limit on big indexes.
 */
export async function sizeOfParts(parts: Iterable<string>): Promise<Size> {
  const stream = createGzip({ level: 9 });
  let gzip = 0;
  stream.on('data', (chunk: Buffer) => (gzip += chunk.length));
  const ended = once(stream, 'end');
  let raw = 0;
  for (const part of parts) {
    raw += Buffer.byteLength(part);
    if (!stream.write(part)) await once(stream, 'drain');
  }
  stream.end();
  await ended;
  return { raw, gzip };
}
