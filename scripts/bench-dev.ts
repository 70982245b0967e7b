/**
 * How long `npm run dev` takes to show an edited post: `npm run bench:dev [-- SIZE] [--edits N]`.
 * Without SIZE it serves a copy of the e2e fixture posts, with SIZE that many generated posts
 * (gen-posts.ts). It starts `npm run dev` on them, waits for the first post's page, then appends a
 * sentence to that post N times (default 5) and times each from the write to the first response
 * that holds it. Prints the start-up time and every edit's.
 */
import { spawn } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { generatePosts, writePosts } from './gen-posts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.BENCH_DEV_PORT ?? 4400);
const POLL_MS = 50;
const TIMEOUT_MS = 180_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page at `url` once it answers 200 and `holds` its text; the time it took, in ms. */
async function waitFor(url: string, holds: (html: string) => boolean, what: string): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < TIMEOUT_MS) {
    const html = await fetch(url)
      .then((response) => (response.ok ? response.text() : ''))
      .catch(() => '');
    if (holds(html)) return performance.now() - started;
    await sleep(POLL_MS);
  }
  throw new Error(`${what}: ${url} did not show it within ${TIMEOUT_MS / 1000} s`);
}

/** The path of the post in `file`, from the content layer's output (`npm run dev` has written it). */
async function postPath(file: string): Promise<string> {
  const index = JSON.parse(await readFile(path.join(PROJECT, '.contentlayer/generated/Post/_index.json'), 'utf8')) as {
    permalink: string;
    _raw: { sourceFilePath: string };
  }[];
  const post = index.find((doc) => doc._raw.sourceFilePath === file);
  if (!post) throw new Error(`the content layer has no post ${file}`);
  return encodeURI(post.permalink.normalize('NFC'));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { edits: { type: 'string' } } });
  const size = positionals[0] === undefined ? undefined : Number(positionals[0]);
  const edits = Number(values.edits ?? 5);
  if ((size !== undefined && !(size >= 1)) || !(edits >= 1))
    throw new Error('usage: npm run bench:dev [-- SIZE] [--edits N]');

  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'bench-dev-'));
  const postsDir = path.join(tempDir, 'posts');
  let file: string;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: postsDir,
    PORT: String(PORT),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (size === undefined) {
    await cp(path.join(PROJECT, 'e2e/fixtures/posts'), postsDir, { recursive: true });
    env.SITE_CONFIG = 'e2e/fixtures/site.config.yml';
    file = 'hello-world.md';
  } else {
    const posts = generatePosts(size);
    await writePosts(postsDir, posts);
    file = posts[0]!.fileName;
  }
  console.log(`npm run dev on ${size ?? 'the fixture'} posts, port ${PORT}; editing ${file}`);

  const dev = spawn('npm', ['run', 'dev'], { cwd: PROJECT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  dev.stdout.on('data', (chunk: Buffer) => (output += chunk));
  dev.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const stop = () => {
    try {
      process.kill(-dev.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('SIGINT', () => (stop(), process.exit(130)));
  try {
    const started = performance.now();
    await waitFor(`http://localhost:${PORT}/`, (html) => html.length > 0, 'start-up');
    const url = `http://localhost:${PORT}${await postPath(file)}`;
    await waitFor(url, (html) => html.length > 0, 'the post');
    console.log(`  first page of the post: ${((performance.now() - started) / 1000).toFixed(1)} s after the start`);

    const times: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const mark = `개발 서버 편집 ${edit}-${Date.now()}`;
      const written = performance.now();
      await appendFile(path.join(postsDir, file), `\n\n${mark}\n`);
      await waitFor(url, (html) => html.includes(mark), `edit ${edit}`);
      times.push(performance.now() - written);
      console.log(`  edit ${edit}: shown after ${Math.round(times.at(-1)!)} ms`);
      await sleep(1000);
    }
    const sorted = times.toSorted((a, b) => a - b);
    console.log(
      `  median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms, slowest ${Math.round(sorted.at(-1)!)} ms`,
    );
  } catch (error) {
    console.error(output.split('\n').slice(-30).join('\n'));
    throw error;
  } finally {
    stop();
    await rm(tempDir, { recursive: true, force: true });
  }
}

await main();
