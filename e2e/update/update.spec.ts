import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { copyProject, freePort, npmRun } from '../../scripts/bench-project';
import { startServer, type StartedServer } from '../support/server';

// Updating a running site: `npm run build` with an edited post and stylesheet while `npm start`
// serves readers under load. The site is the project as it ships, its own posts (content/posts)
// and settings, so this is also the seed posts' production build. The build never disturbs the running release; the server moves to
// the new one (scripts/release.ts, scripts/start.mjs) without a failed request, and no page,
// old or new, refers to a stylesheet or script that answers anything but 200.
test.setTimeout(10 * 60_000);

const root = path.resolve(import.meta.dirname, '../..');
const POST = '/posts/reflections-samaltman';

interface Load {
  requests: number;
  failures: string[];
  stop: () => Promise<void>;
}

function get(port: number, agent: Agent, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path: target, agent }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

/** Readers on kept-alive connections: each fetches a page, then every stylesheet and script it names. */
function startLoad(port: number, pages: string[], readers = 8): Load {
  const load: Load = { requests: 0, failures: [], stop: async () => {} };
  let running = true;
  const reader = async (agent: Agent) => {
    for (let i = 0; running; i++) {
      const page = pages[i % pages.length]!;
      try {
        const { status, body } = await get(port, agent, page);
        load.requests++;
        if (status !== 200) load.failures.push(`${status} ${page}`);
        const assets = [...body.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map(
          (m) => m[1]!,
        );
        for (const asset of assets) {
          const answer = await get(port, agent, asset);
          load.requests++;
          if (answer.status !== 200) load.failures.push(`${answer.status} ${asset} (from ${page})`);
        }
      } catch (error) {
        load.failures.push(`${(error as Error).message} ${page}`);
      }
    }
  };
  const done = Promise.all(
    Array.from({ length: readers }, () => reader(new Agent({ keepAlive: true, maxSockets: 1 }))),
  );
  load.stop = async () => {
    running = false;
    await done;
  };
  return load;
}

test('a rebuild with an edited post and stylesheet reaches readers without a failed request', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hangul-blog-update-'));
  let server: StartedServer | undefined;
  try {
    await copyProject(root, dir);
    const env = { CONTENT_DIR: '', SITE_CONFIG: '' };
    await npmRun(dir, 'build', env, path.join(dir, 'build-1.log'));

    const port = await freePort();
    server = await startServer(dir, 'scripts/start.mjs', port);
    const agent = new Agent({ keepAlive: true });
    const before = await get(port, agent, POST);
    expect(before.body).toContain('<h1');
    expect(before.body).toContain('Reflections - samaltman');
    const oldCss = /href="(\/_next\/static\/[^"]+\.css)"/.exec(before.body)![1]!;

    const load = startLoad(port, ['/', POST, '/tags/samaltman', `/categories/${encodeURIComponent('소식')}`]);
    // The edits: the post's title, and a rule in the stylesheet (so its hashed name changes).
    const post = path.join(dir, 'content/posts/reflections-samaltman.md');
    const source = readFileSync(post, 'utf8');
    expect(source).toContain('title: "Reflections - samaltman"');
    writeFileSync(post, source.replace('title: "Reflections - samaltman"', 'title: 고친 제목의 회고'));
    appendFileSync(path.join(dir, 'styles/globals.css'), '\n.update-marker { outline: 1px solid; }\n');
    await npmRun(dir, 'build', env, path.join(dir, 'build-2.log'));
    await expect
      .poll(async () => (await get(port, agent, POST)).body, { timeout: 60_000 })
      .toContain('고친 제목의 회고');
    // Readers keep reading across the switch for a moment more.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await load.stop();

    expect(load.failures).toEqual([]);
    expect(load.requests).toBeGreaterThan(100);
    const after = await get(port, agent, POST);
    const newCss = /href="(\/_next\/static\/[^"]+\.css)"/.exec(after.body)![1]!;
    expect(newCss).not.toBe(oldCss);
    // A page opened before the switch still finds its stylesheet.
    expect((await get(port, agent, oldCss)).status).toBe(200);
    expect(server.log()).toContain('Now serving');
  } finally {
    server?.process.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});
