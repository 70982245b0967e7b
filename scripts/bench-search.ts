/**
 * Measures search at scale: `npm run bench:search [-- N] [--keep] [--index DIR]` (default 10000
 * posts). `--index` takes the public/search-index of an earlier `--keep` run instead of building
 * one (contentlayer needs minutes at 10,000 posts), to measure a change to the browser side. Prints,
 * without asserting: (a) what the search index adds to the content build, (b) the index bytes a
 * reader downloads before their first results, (c) keystroke-to-results latency in Chromium.
 *
 * Everything is built in a temp copy of the project. The site is built once on the small fixture
 * posts; its standalone `public/search-index` is then replaced by the index of N generated posts
 * (gen-posts.ts). The /search page's code is the same whatever the content, so this measures the
 * real page against the big index without a Next build of N posts.
 */
import type { ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { chromium } from '@playwright/test';

import { chromiumPath } from '../lib/chromium';
import type { SearchMeta } from '../lib/search/format';

import { downloadsUntilResults, keystrokeLatencies } from './bench-search/browser';
import { contentEncoding, copyProject, fileSizes, freePort, npmRun, startServer } from './bench-project';
import { printReport } from './bench-search/report';
import { generatePosts, writePosts } from './gen-posts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Queries the generated corpus answers (scripts/corpus.ts), one of each kind. */
const QUERIES = [
  { kind: 'Korean word', query: '제주도' },
  { kind: '초성', query: 'ㅈㅈㄷ' },
  { kind: 'English prefix', query: 'reac' },
  { kind: 'two-word phrase', query: '서버 컴포넌트' },
];

const log = (message: string) => console.error(`[bench:search] ${message}`);

async function main(): Promise<void> {
  const usage = 'usage: npm run bench:search [-- N] [--keep] [--index DIR]';
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { keep: { type: 'boolean' }, index: { type: 'string' } },
  });
  const count = Number(positionals[0] ?? 10_000);
  if (positionals.length > 1 || !Number.isInteger(count) || count < 1) throw new Error(usage);

  const temp = await mkdtemp(path.join(os.tmpdir(), 'bench-search-'));
  const copy = path.join(temp, 'project');
  const load = os.loadavg();
  let server: ChildProcess | undefined;
  try {
    log(`copying the project to ${copy}`);
    await copyProject(PROJECT, copy);
    log('building the site on e2e/fixtures/posts (once)');
    await npmRun(copy, 'build', { CONTENT_DIR: 'e2e/fixtures/posts' }, path.join(temp, 'build.log'));

    let build: { indexSeconds: number; contentSeconds: number } | undefined;
    let index = path.join(copy, 'public/search-index');
    let posts = count;
    if (values.index) {
      index = path.resolve(values.index);
      posts = (JSON.parse(await readFile(path.join(index, 'meta.json'), 'utf8')) as SearchMeta).slugs.length;
      log(`reusing the index of ${posts} posts in ${index}`);
    } else {
      const postsDir = path.join(temp, 'posts');
      await writePosts(postsDir, generatePosts(count));
      log(`${count} posts written; running npm run content on them (contentlayer takes minutes at 10,000)`);
      const contentStart = performance.now();
      const output = await npmRun(copy, 'content', { CONTENT_DIR: postsDir }, path.join(temp, 'content.log'));
      const contentSeconds = (performance.now() - contentStart) / 1000;
      const line = /Search index: \d+ posts, \d+ files, [\d.]+ MB in ([\d.]+) s/.exec(output);
      if (!line) throw new Error(`no "Search index:" line in the output of npm run content (${temp}/content.log)`);
      build = { indexSeconds: Number(line[1]), contentSeconds };
    }
    const sizes = await fileSizes(index);
    const served = path.join(copy, '.next/standalone/public/search-index');
    await rm(served, { recursive: true, force: true });
    await cp(index, served, { recursive: true });

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    server = await startServer(copy, port, path.join(temp, 'server.log'));
    const encoding = await contentEncoding(`${baseUrl}/search-index/meta.json`);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      log('measuring downloads');
      const downloads = [];
      for (const { query } of QUERIES) {
        const typed = await downloadsUntilResults(browser, baseUrl, query, 'typed');
        const pasted = await downloadsUntilResults(browser, baseUrl, query, 'pasted');
        downloads.push({ typed: typed.downloads, pasted: pasted.downloads, ms: pasted.ms });
      }
      log('measuring keystrokes');
      const latency = await keystrokeLatencies(
        browser,
        baseUrl,
        QUERIES.map(({ query }) => query),
      );
      printReport({
        count: posts,
        load,
        queries: QUERIES,
        build,
        sizes,
        encoding,
        downloads,
        latency,
      });
    } finally {
      await browser.close();
    }
  } finally {
    server?.kill();
    if (values.keep) log(`kept ${temp}`);
    else await rm(temp, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
