/**
 * Lighthouse figures of the built site: `npm run bench:pages [-- --content DIR] [--runs N] [--keep]`
 * (or `-- --url http://127.0.0.1:PORT` to audit a server that is already running).
 *
 * Copies the project into a temp dir (node_modules hard-linked, so the project's own .next is
 * never touched), builds it with the e2e fixture posts, whose pages show every Markdown feature,
 * Korean and Japanese text and paginated listings (the seed content is a single post), starts the
 * standalone server on a free port and runs Lighthouse's mobile preset in Debian's Chromium on the
 * home page, a post, a part of a series, a tag listing and a search. Prints the four category
 * scores of each page, the audits that cost points where a score is below 95, and the gzipped
 * JavaScript each page loads.
 * Each page is audited `--runs` times (default 3) and the run with the median Performance score is
 * shown: simulated Performance moves by several points from run to run on a busy machine. It
 * prints figures and asserts nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { chromiumPath } from '../lib/chromium';
import { copyProject, freePort, startServer } from './bench-project';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
interface PageSpec {
  name: string;
  path: string;
}

const PAGES: PageSpec[] = [
  { name: 'home', path: '/' },
  // The heaviest post of the fixtures: highlighted code, KaTeX, alerts, images.
  { name: 'post', path: '/posts/rich-markdown' },
  // A part of a series with a picture and a diagram: the series box, image zoom and, when the
  // settings turn them on, comments on one page.
  { name: 'series part', path: '/posts/series-02' },
  { name: 'tag', path: '/tags/react' },
  { name: 'search', path: `/search?q=${encodeURIComponent('서울')}` },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGET = 0.95;
// What a signal handler has to clean up.
let tempDir: string | undefined;
let build: ChildProcess | undefined;
let server: ChildProcess | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;

/** The project in a temp dir, without its build outputs (bench-project.ts). */
async function copyToTemp(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-pages-'));
  tempDir = dir;
  await copyProject(PROJECT, dir);
  return dir;
}

/** `npm run build` in `dir`, its output logged; in its own process group, so a signal stops all of it. */
function runBuild(dir: string, contentDir: string, logFile: string): Promise<void> {
  const log = createWriteStream(logFile);
  const env = { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' };
  const child = spawn('npm', ['run', 'build'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  build = child;
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      build = undefined;
      if (code === 0) resolve();
      else {
        const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
        reject(new Error(`npm run build failed (exit code ${code}); end of ${logFile}:\n\n${tail}`));
      }
    });
  });
}

/** Starts the standalone server built in `dir`; returns its origin. */
async function serve(dir: string, logFile: string): Promise<string> {
  const port = await freePort();
  server = await startServer(dir, port, logFile);
  return `http://127.0.0.1:${port}`;
}

interface PageResult {
  name: string;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** The Performance score of every run, the shown one being their median. */
  performanceRuns: number[];
  /** FCP, LCP, TBT, CLS as Lighthouse shows them. */
  metrics: string[];
  /** Audits that cost points in a category below the target, as printable lines. */
  losses: string[];
  scripts: { count: number; transfer: number; resource: number };
  warnings: string[];
  benchmarkIndex?: number;
}

const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
] as const;

async function audit(origin: string, page: PageSpec, port: number): Promise<PageResult> {
  const result = await lighthouse(
    `${origin}${page.path}`,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    // No config: Lighthouse's default is the mobile preset (Moto G Power, simulated slow 4G).
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.message}`);

  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null]),
  ) as PageResult['scores'];
  const losses: string[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category || (category.score ?? 0) >= TARGET) continue;
    for (const ref of category.auditRefs) {
      const item = lhr.audits[ref.id];
      if (!item || item.score === null || item.score >= 0.9 || ref.weight === 0) continue;
      const value = item.displayValue ? ` (${item.displayValue})` : '';
      losses.push(`${category.title}: ${ref.id} scored ${Math.round(item.score * 100)}${value}: ${item.title}`);
    }
  }

  const requests =
    (lhr.audits['network-requests']?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const js = requests.filter((request) => request.resourceType === 'Script');
  const scripts = {
    count: js.length,
    transfer: js.reduce((sum, request) => sum + Number(request.transferSize ?? 0), 0),
    resource: js.reduce((sum, request) => sum + Number(request.resourceSize ?? 0), 0),
  };
  return {
    name: page.name,
    scores,
    performanceRuns: [Math.round((scores.performance ?? 0) * 100)],
    metrics: METRICS.map(([name, id]) => `${name} ${lhr.audits[id]?.displayValue ?? '?'}`),
    losses,
    scripts,
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** Audits a page `runs` times and keeps the run with the median Performance score. */
async function auditMedian(origin: string, page: PageSpec, port: number, runs: number) {
  const results: PageResult[] = [];
  for (let run = 0; run < runs; run++) results.push(await audit(origin, page, port));
  const sorted = [...results].sort((a, b) => a.performanceRuns[0]! - b.performanceRuns[0]!);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...median, performanceRuns: results.map((r) => r.performanceRuns[0]!) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function printResults(results: readonly PageResult[]): void {
  const header = ['page', 'Performance', 'Accessibility', 'Best Practices', 'SEO'];
  const rows = results.map((r) => [
    r.name,
    ...CATEGORIES.map((id) => (r.scores[id] === null ? '?' : String(Math.round(r.scores[id]! * 100)))),
  ]);
  for (const cells of [header, header.map(() => '---'), ...rows]) console.log(`| ${cells.join(' | ')} |`);
  console.log('');
  for (const r of results) {
    console.log(`${r.name}: ${r.metrics.join(', ')} (Performance of each run: ${r.performanceRuns.join(', ')})`);
  }

  console.log('');
  for (const r of results) {
    console.log(
      `JavaScript of the ${r.name} page: ${r.scripts.count} files, ${kb(r.scripts.transfer)} transferred (gzip), ` +
        `${kb(r.scripts.resource)} uncompressed`,
    );
  }
  const losses = results.flatMap((r) => r.losses.map((line) => `  ${r.name}: ${line}`));
  console.log(
    losses.length
      ? `\nBelow ${TARGET * 100}, points were lost on:\n${losses.join('\n')}`
      : `\nEvery score is ${TARGET * 100} or more.`,
  );
  const warnings = [...new Set(results.flatMap((r) => r.warnings))];
  if (warnings.length) console.log(`\nLighthouse warned:\n${warnings.map((w) => `  ${w}`).join('\n')}`);
  const indexes = results.map((r) => r.benchmarkIndex).filter((n) => n !== undefined);
  console.log(
    `\nLighthouse's benchmark index of this machine's CPU during the shown runs: ${indexes.map(Math.round).join(', ')}. ` +
      'Performance scales the main-thread work it observed, so a busy machine scores lower.',
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      runs: { type: 'string', default: '3' },
      url: { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs (default 3)');
  const contentDir = path.resolve(values.content ?? path.join(PROJECT, 'e2e/fixtures/posts'));
  try {
    let origin = values.url?.replace(/\/+$/, '');
    if (!origin) {
      const dir = await copyToTemp();
      const logFile = path.join(dir, 'build.log');
      console.log(`Building ${contentDir} in ${dir} (log: ${logFile})`);
      const started = performance.now();
      await runBuild(dir, contentDir, logFile);
      console.log(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s; starting the server`);
      origin = await serve(dir, path.join(dir, 'server.log'));
    }
    chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    const results: PageResult[] = [];
    for (const page of PAGES) {
      console.log(`Lighthouse (mobile, ${runs} ${runs === 1 ? 'run' : 'runs'}): ${page.path}`);
      results.push(await auditMedian(origin, page, chrome.port, runs));
    }
    console.log('');
    printResults(results);
  } finally {
    cleanup(values.keep ?? false);
  }
}

function cleanup(keep: boolean): void {
  try {
    if (build?.pid) process.kill(-build.pid, 'SIGTERM');
  } catch {
    // The build had already exited.
  }
  chrome?.kill();
  chrome = undefined;
  server?.kill();
  server = undefined;
  if (tempDir && !keep) rmSync(tempDir, { recursive: true, force: true });
  else if (tempDir) console.log(`kept ${tempDir}`);
  tempDir = undefined;
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping`);
    cleanup(false);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

main().catch((error: Error) => {
  console.error(`\n${error.message}`);
  process.exit(1);
});
