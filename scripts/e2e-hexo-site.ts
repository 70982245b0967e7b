// The Hexo blog of the e2e journeys in e2e/hexo/: imports e2e/fixtures/hexo-site into a copy of
// the project, as a writer would (`npm run import:hexo`), builds it (`npm run build:static`) and
// serves it on E2E_HEXO_PORT, and its static export with nginx on E2E_HEXO_STATIC_PORT.
// scripts/e2e-servers.ts starts it beside the fixture posts' server, and Playwright stops it.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { copyProject, npmRun } from './bench-project';
import { serveUntilStopped, startNginx, startNodeServer } from './e2e-nginx';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.E2E_HEXO_PORT ?? '3220';
const staticPort = process.env.E2E_HEXO_STATIC_PORT ?? '3250';
const dir = await mkdtemp(path.join(tmpdir(), 'hangul-blog-hexo-'));
// nginx's workers run as another user when the master is root: they must be able to read `out/`.
await chmod(dir, 0o755);

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
await npmRun(dir, 'build:static', env, path.join(dir, 'build.log'));

serveUntilStopped(
  [await startNginx({ out: path.join(dir, 'out'), port: staticPort, basePath: '', dir }), startNodeServer(dir, port)],
  dir,
);
