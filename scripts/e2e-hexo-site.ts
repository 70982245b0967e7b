// The Hexo blog of the e2e journeys in e2e/hexo/: imports e2e/fixtures/hexo-site into a copy of
// the project, as a writer would (`npm run import:hexo`), builds it and serves it on E2E_HEXO_PORT.
// Playwright starts it (playwright.config.ts) beside the fixture posts' server, and stops it.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { copyProject, npmRun } from './bench-project';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.E2E_HEXO_PORT ?? '3220';
const dir = await mkdtemp(path.join(tmpdir(), 'hangul-blog-hexo-'));

await copyProject(root, dir);
// The copy starts as a new site would: no posts of its own, the default settings.
await Promise.all(
  ['content', 'test-results'].map((name) => rm(path.join(dir, name), { recursive: true, force: true })),
);
const env = { SITE_URL: '' };
const imported = await npmRun(dir, 'import:hexo', env, path.join(dir, 'import.log'), [
  '--',
  path.join(root, 'e2e/fixtures/hexo-site'),
]).catch((error: Error) => error.message);
console.log(imported);
await npmRun(dir, 'build', env, path.join(dir, 'build.log'));

const server = spawn('node', ['.next/standalone/server.js'], {
  cwd: dir,
  env: { ...process.env, PORT: port, HOSTNAME: '127.0.0.1', NODE_ENV: 'production' },
  stdio: 'inherit',
});
const stop = () => {
  server.kill();
  void rm(dir, { recursive: true, force: true }).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => process.exit(code ?? 0));
