// Measures one engine configuration: build, size, download before the first result, query
// times and the correctness cases.
import { CASES, QUERIES } from './cases';
import { cpuMs, ownCpuMs } from './cpu';
import { PROBES, type SearchDoc } from './docs';
import type { BuiltIndex, EngineConfig, Size } from './engine';
import { runtimeSize } from './runtime-size';

/** Results a search box shows; engines that can stop early get to. */
export const RESULTS_SHOWN = 20;
/** Timed passes over the query list, after one untimed warm-up pass. */
export const ROUNDS = 5;

/** A duration as the clock saw it, and as CPU time (what it would take on an idle core). */
export interface Duration {
  wall: number;
  cpu: number;
}

export interface Measurement {
  name: string;
  buildMs: Duration;
  index: Size;
  /** Gzipped runtime bytes (script, and WebAssembly for Pagefind). */
  runtime?: number;
  /** Gzipped bytes downloaded before the first result, over the query list. */
  firstResult: { median: number; max: number };
  queryMs: { median: Duration; p95: Duration };
  /** One entry per case in CASES: whether the engine got it right. */
  cases: boolean[];
}

export type Outcome = Measurement | { name: string; error: string };

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

async function queryTimes(index: BuiltIndex): Promise<Measurement['queryMs']> {
  for (const query of QUERIES) await index.search(query, RESULTS_SHOWN);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const start = { wall: performance.now(), cpu: ownCpuMs() };
      await index.search(query, RESULTS_SHOWN);
      wall.push(performance.now() - start.wall);
      cpu.push(ownCpuMs() - start.cpu);
    }
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const at = (fraction: number) => ({ wall: percentile(wall, fraction), cpu: percentile(cpu, fraction) });
  return { median: at(0.5), p95: at(0.95) };
}

async function firstResultBytes(index: BuiltIndex, whole: number): Promise<Measurement['firstResult']> {
  if (!index.firstResultBytes) return { median: whole, max: whole };
  const bytes: number[] = [];
  for (const query of QUERIES) bytes.push(await index.firstResultBytes(query));
  bytes.sort((a, b) => a - b);
  return { median: percentile(bytes, 0.5), max: bytes.at(-1)! };
}

async function checkCases(index: BuiltIndex, limit: number): Promise<boolean[]> {
  const passed: boolean[] = [];
  for (const { query, doc, found } of CASES) {
    const ids = await index.search(query, limit);
    passed.push(ids.includes(PROBES[doc].id) === found);
  }
  return passed;
}

/** Builds `config` over `docs` and measures it; an engine that throws is reported, not fatal. */
export async function measure(config: EngineConfig, docs: readonly SearchDoc[]): Promise<Outcome> {
  let index: BuiltIndex | undefined;
  try {
    const start = { wall: performance.now(), cpu: cpuMs() };
    index = await config.build(docs);
    const buildMs = { wall: performance.now() - start.wall, cpu: cpuMs() - start.cpu };
    const size = await index.serialize();
    const runtime = config.runtime ? await runtimeSize(config.runtime) : await index.runtimeBytes?.();
    return {
      name: config.name,
      buildMs,
      index: size,
      runtime,
      firstResult: await firstResultBytes(index, (runtime ?? 0) + size.gzip),
      queryMs: await queryTimes(index),
      cases: await checkCases(index, docs.length),
    };
  } catch (error) {
    return { name: config.name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    await index?.close?.();
  }
}
