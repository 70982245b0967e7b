/**
 * Compares client-side search engines on generated posts: `npm run compare:search [-- N]`
 * (default 10000). Every engine indexes the same N posts from gen-posts.ts plus the probe
 * documents in search-compare/docs.ts, in a process of its own; the result is printed as
 * Markdown (see docs/search.md). `--engine NAME` measures one engine and prints JSON.
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { QUERIES } from './search-compare/cases';
import { buildCorpus } from './search-compare/docs';
import type { EngineConfig } from './search-compare/engine';
import { FLEXSEARCH } from './search-compare/flexsearch';
import { measureInChild } from './search-compare/isolate';
import { measure, RESULTS_SHOWN, ROUNDS, type Outcome } from './search-compare/measure';
import { MINISEARCH } from './search-compare/minisearch';
import { ORAMA } from './search-compare/orama';
import { closePagefind, PAGEFIND } from './search-compare/pagefind';
import { casesTable, summaryTable } from './search-compare/table';

const ENGINES: EngineConfig[] = [...PAGEFIND, ...FLEXSEARCH, ...MINISEARCH, ...ORAMA];

async function measureOne(name: string, count: number): Promise<void> {
  const engine = ENGINES.find((candidate) => candidate.name === name);
  if (!engine) throw new Error(`no engine named ${name}; engines: ${ENGINES.map((e) => e.name).join(', ')}`);
  try {
    process.stdout.write(JSON.stringify(await measure(engine, buildCorpus(count))));
  } finally {
    await closePagefind();
  }
}

async function main(): Promise<void> {
  const usage = 'usage: npm run compare:search [-- N] [--engine NAME]';
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { engine: { type: 'string' } } });
  const count = Number(positionals[0] ?? 10_000);
  if (positionals.length > 1 || !Number.isInteger(count) || count < 1) throw new Error(usage);
  if (values.engine) return measureOne(values.engine, count);

  const script = fileURLToPath(import.meta.url);
  const outcomes: Outcome[] = [];
  const started = performance.now();
  for (const engine of ENGINES) {
    console.error(`[${Math.round((performance.now() - started) / 1000)} s] measuring ${engine.name}…`);
    const outcome = await measureInChild(script, [String(count), '--engine', engine.name], engine.name);
    if ('error' in outcome) console.error(outcome.error);
    outcomes.push(outcome);
  }

  const cpus = os.cpus();
  console.log(`## ${count.toLocaleString('en-US')} posts\n`);
  console.log(
    `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ` +
      `load average ${os.loadavg()[0]!.toFixed(1)} at the end; ` +
      `${QUERIES.length} queries × ${ROUNDS} rounds, ${RESULTS_SHOWN} results shown.\n`,
  );
  console.log(summaryTable(outcomes));
  console.log(`\n### Correctness\n`);
  console.log(casesTable(outcomes));
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
