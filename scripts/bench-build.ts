/**
 * Times the production build on generated posts, step by step: `npm run bench:build [-- SIZE ...]
 * [--cold-only] [--keep]` (default sizes 1000 10000). Each size gets a temp dir of posts from
 * gen-posts.ts, built with CONTENT_DIR pointing at it, the steps of `npm run build` (package.json)
 * run one at a time:
 * - cold: every cache and output cleared first (COLD_PATHS);
 * - one edit: a sentence added to one post, everything the cold build left kept;
 * - one new post: one more post, likewise.
 * Sizes above WARM_UP_TO posts get only the cold build unless asked (`--warm`). Hexo's own build
 * of the same posts (scripts/bench-hexo.ts) is timed beside it. Each step's time and the peak RSS
 * of its whole process tree are printed as a table. The build writes the project's own `.next`,
 * `.contentlayer`, `public/`, `out/` and `releases/`.
 */
import { createWriteStream, existsSync, readFileSync, type WriteStream } from 'node:fs';
import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { hexoGenerate, hexoVersion } from './bench-hexo';
import { buildSteps, runningPid, runStep, type StepResult } from './build-steps';
import { generatePost, generatePosts, writePosts } from './gen-posts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const NEXT_DIR = path.join(PROJECT, '.next');
// Everything a build leaves that a later build may reuse.
const COLD_PATHS = ['.next', '.contentlayer', 'public', 'out', 'releases', 'node_modules/.cache'];
const WARM_UP_TO = 2000;
const SCENARIOS = ['cold', 'one edit', 'one new post'] as const;
type Scenario = (typeof SCENARIOS)[number];

// What a signal handler has to clean up.
let activeTempDir: string | undefined;

interface SizeResult {
  posts: number;
  runs: Partial<Record<Scenario, StepResult[]>>;
  hexo: StepResult & { htmlPages: number };
  htmlPages: number;
  nextBytes: number;
  outBytes?: number;
}

/** Apparent size of everything under `dir`, in bytes; symlinks are not followed. */
async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function htmlFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function tail(file: string, lines: number): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
const total = (steps: readonly StepResult[]) => steps.reduce((sum, step) => sum + step.ms, 0);

/** Runs every step of the build; the first that fails stops it, with the end of the log. */
async function build(contentDir: string, log: WriteStream, logFile: string, what: string): Promise<StepResult[]> {
  const steps = buildSteps(JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')).scripts);
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const results: StepResult[] = [];
  for (const command of steps) {
    const result = await runStep(command, { cwd: PROJECT, env, log });
    results.push(result);
    if (result.exitCode !== 0) {
      await new Promise((resolve) => log.write('', resolve));
      throw new Error(
        `${what}: "${command}" failed (exit code ${result.exitCode}). Last lines of ${logFile}:\n\n${await tail(logFile, 40)}`,
      );
    }
  }
  console.log(`  ${what}: ${seconds(total(results))}`);
  return results;
}

/** Fails when no built page holds `text`: a fast build that served the old page would be no result. */
async function expectBuilt(text: string, what: string): Promise<void> {
  for (const file of await htmlFiles(path.join(NEXT_DIR, 'server/app'))) {
    if ((await readFile(file, 'utf8')).includes(text)) return;
  }
  throw new Error(`${what}: no page of the build holds "${text}" (a stale page was served from a cache)`);
}

async function benchOne(posts: number, warm: boolean, keep: boolean): Promise<SizeResult> {
  const tempDir = await mkdtemp(path.join(os.tmpdir(), `bench-build-${posts}-`));
  activeTempDir = tempDir;
  const postsDir = path.join(tempDir, 'posts');
  const logFile = path.join(tempDir, 'build.log');
  const log = createWriteStream(logFile);
  try {
    const generated = generatePosts(posts);
    const written = await writePosts(postsDir, generated);
    console.log(`${posts} posts (${mib(written.bytes)}; log: ${logFile})`);

    const hexo = await hexoGenerate(postsDir, path.join(tempDir, 'hexo'), { project: PROJECT, log });
    if (hexo.exitCode !== 0) throw new Error(`hexo generate failed (exit code ${hexo.exitCode}); see ${logFile}`);
    console.log(`  Hexo ${hexoVersion()}: ${seconds(hexo.ms)}, ${hexo.htmlPages} pages`);

    const runs: SizeResult['runs'] = {};
    for (const dir of COLD_PATHS) await rm(path.join(PROJECT, dir), { recursive: true, force: true });
    runs.cold = await build(postsDir, log, logFile, 'cold');
    if (warm) {
      const edited = `벤치마크 수정 ${Date.now()}`;
      await appendFile(path.join(postsDir, generated[0]!.fileName), `\n\n${edited}\n`);
      runs['one edit'] = await build(postsDir, log, logFile, 'one edit');
      await expectBuilt(edited, 'one edit');
      const added = generatePost(posts);
      await writeFile(path.join(postsDir, added.fileName), added.content);
      runs['one new post'] = await build(postsDir, log, logFile, 'one new post');
      const title = JSON.parse(/^title: (.*)$/m.exec(added.content)![1]!) as string;
      await expectBuilt(title, 'one new post');
    }
    const out = path.join(PROJECT, 'out');
    return {
      posts,
      runs,
      hexo,
      htmlPages: (await htmlFiles(path.join(NEXT_DIR, 'server/app'))).length,
      nextBytes: await dirBytes(NEXT_DIR),
      outBytes: existsSync(out) ? await dirBytes(out) : undefined,
    };
  } finally {
    await new Promise((resolve) => log.end(resolve));
    if (keep) console.log(`  kept ${tempDir}`);
    else await rm(tempDir, { recursive: true, force: true });
    activeTempDir = undefined;
  }
}

function printSize(result: SizeResult): void {
  const scenarios = SCENARIOS.filter((scenario) => result.runs[scenario]);
  const header = ['step', ...scenarios.flatMap((scenario) => [scenario, 'peak RSS'])];
  const steps = result.runs.cold!.map((step) => step.command);
  const rows = steps.map((command, index) => [
    `\`${command}\``,
    ...scenarios.flatMap((scenario) => {
      const step = result.runs[scenario]![index]!;
      return [seconds(step.ms), mib(step.peakRss)];
    }),
  ]);
  rows.push([
    '**total**',
    ...scenarios.flatMap((scenario) => {
      const steps = result.runs[scenario]!;
      return [`**${seconds(total(steps))}**`, mib(Math.max(...steps.map((step) => step.peakRss)))];
    }),
  ]);
  rows.push([
    `Hexo ${hexoVersion()} \`hexo generate\` (landscape theme)`,
    seconds(result.hexo.ms),
    mib(result.hexo.peakRss),
    ...scenarios.slice(1).flatMap(() => ['', '']),
  ]);
  console.log(`\n### ${result.posts} posts\n`);
  for (const cells of [header, header.map(() => '---'), ...rows]) console.log(`| ${cells.join(' | ')} |`);
  const cold = total(result.runs.cold!);
  console.log(
    `\ncold: ${(cold / result.posts).toFixed(1)} ms per post, ${(cold / result.hexo.ms).toFixed(1)}× Hexo's build ` +
      `(${result.htmlPages} pages in .next, Hexo ${result.hexo.htmlPages}); .next ${mib(result.nextBytes)}` +
      (result.outBytes === undefined ? '' : `, out/ ${mib(result.outBytes)}`),
  );
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { keep: { type: 'boolean' }, 'cold-only': { type: 'boolean' }, warm: { type: 'boolean' } },
  });
  const sizes = (positionals.length ? positionals : ['1000', '10000']).map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error('usage: npm run bench:build -- [SIZE ...] [--cold-only | --warm] [--keep]   (default 1000 10000)');
  }
  const nextVersion = JSON.parse(readFileSync(path.join(PROJECT, 'node_modules/next/package.json'), 'utf8')).version;
  console.log(
    `Node ${process.version}, Next ${nextVersion}, Hexo ${hexoVersion()}, ${os.cpus().length} cores, ` +
      `${mib(os.totalmem())} RAM, load ${os.loadavg()[0]!.toFixed(1)}; sizes ${sizes.join(', ')}\n`,
  );
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) {
      const warm = values['cold-only'] ? false : (values.warm ?? size <= WARM_UP_TO);
      results.push(await benchOne(size, warm, values.keep ?? false));
    }
  } finally {
    for (const result of results) printSize(result);
    console.log(
      "\nEach step of `npm run build` timed on its own; peak RSS sums the step's whole process tree, sampled " +
        "every 100 ms.\nNote: this overwrote the project's build output with the generated posts; run npm run build " +
        "again to rebuild the site's own content.",
    );
  }
}

// Ctrl-C often arrives twice (from the terminal and relayed by npm/tsx); the first one cleans up.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping the build and removing ${activeTempDir ?? 'nothing'}`);
    try {
      if (runningPid) process.kill(-runningPid, signal);
    } catch {
      // The build had already exited.
    }
    const cleanup = activeTempDir ? rm(activeTempDir, { recursive: true, force: true }) : Promise.resolve();
    void cleanup.finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

main().catch((error: Error) => {
  console.error(`\n${error.message}`);
  process.exit(1);
});
