/**
 * Times the production build on generated posts: `npm run bench:build [-- SIZE ...] [--keep]`
 * (default sizes 1000 10000). Each size gets a temp dir of posts from gen-posts.ts and a cold
 * `npm run build` with CONTENT_DIR pointing at it; the build's output goes to a log there. The
 * static export the build makes (`out/`, scripts/export-static.ts, precompression included) is
 * reported beside it: its time, pages, files and size, from the build's own summary line.
 * The build writes the project's own `.next` and `.contentlayer`.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { generatePosts, writePosts } from './gen-posts';
import { treeRss } from './process-tree';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const NEXT_DIR = path.join(PROJECT, '.next');
const SAMPLE_MS = 200;

// What a signal handler has to clean up.
let activeTempDir: string | undefined;
let activeBuildPid: number | undefined;

interface BuildResult {
  exitCode: number | null;
  wallMs: number;
  /** Until contentlayer reports "Generated N documents"; undefined when it never does. */
  contentMs?: number;
  /** When Next.js printed its banner (`▲ Next.js 16...`), i.e. when `next build` started. */
  nextStartMs?: number;
  peakRss: number;
  peakContentRss: number;
  /** N from Next's last "Generating static pages (N/N)" line. */
  nextPages?: number;
}

interface Row {
  posts: number;
  build: BuildResult;
  htmlPages: number;
  nextBytes: number;
  standaloneBytes?: number;
  exported?: ExportSummary;
}

/** The static export's summary line of the build log (scripts/export-static.ts). */
interface ExportSummary {
  pages: number;
  redirects: number;
  files: number;
  compressed: number;
  mb: number;
  seconds: number;
}

function exportSummary(log: string): ExportSummary | undefined {
  const match =
    /Static export: (\d+) pages, (\d+) redirect pages, (\d+) files \((\d+) of them \.br\/\.gz\), ([\d.]+) MB in out\/ \(([\d.]+) s\)/.exec(
      log,
    );
  if (!match) return undefined;
  const [pages, redirects, files, compressed, mb, seconds] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { pages, redirects, files, compressed, mb, seconds };
}

/** Runs `npm run build`, logging its output to `logFile` and sampling the tree's memory. */
async function runBuild(contentDir: string, logFile: string): Promise<BuildResult> {
  const log = createWriteStream(logFile);
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const start = performance.now();
  // Its own process group, so a signal can stop npm, next and next's workers together.
  const child = spawn('npm', ['run', 'build'], {
    cwd: PROJECT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  activeBuildPid = child.pid;
  const result: BuildResult = { exitCode: null, wallMs: 0, peakRss: 0, peakContentRss: 0 };

  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      log.write(line + '\n');
      const plain = line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
      if (result.contentMs === undefined && /Generated \d+ documents?/.test(plain)) {
        result.contentMs = performance.now() - start;
      }
      if (result.nextStartMs === undefined && /▲ Next\.js \d/.test(plain)) {
        result.nextStartMs = performance.now() - start;
      }
      const pages = /Generating static pages[^(]*\((\d+)\/(\d+)\)/.exec(plain);
      if (pages) result.nextPages = Number(pages[2]);
    });
  }
  const sample = () => {
    if (!child.pid) return;
    const rss = treeRss(child.pid);
    result.peakRss = Math.max(result.peakRss, rss);
    if (result.contentMs === undefined) result.peakContentRss = Math.max(result.peakContentRss, rss);
  };
  const sampler = setInterval(sample, SAMPLE_MS);
  sample();

  result.exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  clearInterval(sampler);
  activeBuildPid = undefined;
  result.wallMs = performance.now() - start;
  await new Promise((resolve) => log.end(resolve));
  return result;
}

/** Apparent size of everything under `dir`, in bytes; symlinks are not followed. */
async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function countHtml(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

async function tail(file: string, lines: number): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;

function printTable(rows: readonly Row[]): void {
  const header = [
    'posts',
    'build',
    'per post',
    'contentlayer',
    'next build',
    'peak RSS',
    'peak RSS (content)',
    'html pages',
    'Next pages',
    '.next',
    'standalone',
    'export (in build)',
    'export pages',
    'export files',
    'out/',
  ];
  const lines = rows.map(({ posts, build, htmlPages, nextBytes, standaloneBytes, exported }) => [
    String(posts),
    seconds(build.wallMs),
    `${(build.wallMs / posts).toFixed(1)} ms`,
    build.contentMs === undefined ? '?' : seconds(build.contentMs),
    build.nextStartMs === undefined ? '?' : seconds(build.wallMs - build.nextStartMs),
    mib(build.peakRss),
    build.contentMs === undefined ? '?' : mib(build.peakContentRss),
    String(htmlPages),
    build.nextPages === undefined ? '?' : String(build.nextPages),
    mib(nextBytes),
    standaloneBytes === undefined ? '-' : mib(standaloneBytes),
    exported ? `${exported.seconds} s` : '?',
    exported ? `${exported.pages} + ${exported.redirects} redirects` : '?',
    exported ? `${exported.files} (${exported.compressed} .br/.gz)` : '?',
    exported ? `${exported.mb} MB` : '?',
  ]);
  for (const cells of [header, header.map(() => '---'), ...lines]) console.log(`| ${cells.join(' | ')} |`);
  console.log(
    '\ncontentlayer: start to its "Generated N documents" line. next build: its banner to the end of npm run build' +
      ' (so any step after it is included). Peak RSS sums the whole process tree (npm and every child),' +
      ` sampled every ${SAMPLE_MS} ms; "(content)" is the peak before contentlayer finished.` +
      ' Sizes are apparent sizes; .next includes standalone. export: the static export step of the build' +
      ' (out/, with brotli and gzip copies of text files), from its summary line; it is part of "build".',
  );
}

async function benchOne(posts: number, keep: boolean): Promise<Row> {
  const tempDir = await mkdtemp(path.join(os.tmpdir(), `bench-build-${posts}-`));
  activeTempDir = tempDir;
  const logFile = path.join(tempDir, 'build.log');
  try {
    const genStart = performance.now();
    const written = await writePosts(path.join(tempDir, 'posts'), generatePosts(posts));
    console.log(
      `${posts} posts: wrote ${mib(written.bytes)} in ${seconds(performance.now() - genStart)}; building (log: ${logFile})`,
    );
    // A cold build every time, so sizes are comparable and one run's cache does not help the next.
    await rm(NEXT_DIR, { recursive: true, force: true });
    const build = await runBuild(path.join(tempDir, 'posts'), logFile);
    if (build.exitCode !== 0) {
      const hint = keep ? '' : ' (--keep keeps the temp dir and its log)';
      throw new Error(
        `npm run build failed for ${posts} posts (exit code ${build.exitCode}). Last lines of ${logFile}${hint}:\n\n` +
          (await tail(logFile, 40)),
      );
    }
    const standalone = path.join(NEXT_DIR, 'standalone');
    const row: Row = {
      posts,
      build,
      htmlPages: await countHtml(path.join(NEXT_DIR, 'server', 'app')),
      nextBytes: await dirBytes(NEXT_DIR),
      standaloneBytes: existsSync(standalone) ? await dirBytes(standalone) : undefined,
      exported: exportSummary(await readFile(logFile, 'utf8')),
    };
    console.log(`${posts} posts: built in ${seconds(build.wallMs)}, peak ${mib(build.peakRss)}`);
    return row;
  } finally {
    if (keep) console.log(`kept ${tempDir}`);
    else await rm(tempDir, { recursive: true, force: true });
    activeTempDir = undefined;
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { keep: { type: 'boolean' } } });
  const sizes = (positionals.length ? positionals : ['1000', '10000']).map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error('usage: npm run bench:build -- [SIZE ...] [--keep]   (sizes are post counts, default 1000 10000)');
  }
  const nextVersion = JSON.parse(readFileSync(path.join(PROJECT, 'node_modules/next/package.json'), 'utf8')).version;
  console.log(
    `Node ${process.version}, Next ${nextVersion}, ${os.cpus().length} cores, ${mib(os.totalmem())} RAM; sizes ${sizes.join(', ')}\n`,
  );

  const rows: Row[] = [];
  try {
    for (const size of sizes) rows.push(await benchOne(size, values.keep ?? false));
  } finally {
    if (rows.length) {
      console.log('');
      printTable(rows);
    }
    console.log(
      "\nNote: this overwrote the project's .next and .contentlayer with the generated posts; " +
        "run npm run build again to rebuild the site's own content.",
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
      if (activeBuildPid) process.kill(-activeBuildPid, signal);
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
