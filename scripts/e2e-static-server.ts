// The static export of the e2e journeys in e2e/export/: builds `npm run build:static` of the
// fixture posts in a copy of the project (the main journeys' build owns .next) and serves `out/`
// with nginx on E2E_STATIC_PORT (scripts/e2e-nginx.ts: GitHub Pages' rules). scripts/e2e-servers.ts
// starts it, and Playwright stops it.
// - E2E_STATIC_OUT=<dir> serves an export already made instead of building one (the main
//   journeys' export, so the e2e run builds the fixture posts once).
// - E2E_STATIC_BASE=/blog builds the site for `http://localhost:<port>/blog` and serves it there,
//   as a GitHub Pages project site; E2E_STATIC_SITE_CONFIG names the settings file of that build.
// - E2E_STATIC_NODE_PORT=<port> also runs that build's Node server (`npm start`) there.
import { rmSync } from 'node:fs';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { copyProject, npmRun } from './bench-project';
import { serveUntilStopped, startNginx, startNodeServer } from './e2e-nginx';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.E2E_STATIC_PORT ?? '3230';
const basePath = process.env.E2E_STATIC_BASE ?? '';
const nodePort = process.env.E2E_STATIC_NODE_PORT;
const dir = await mkdtemp(path.join(tmpdir(), 'hangul-blog-static-'));
// nginx's workers run as another user when the master is root: they must be able to read `out/`.
await chmod(dir, 0o755);

let out = process.env.E2E_STATIC_OUT ? path.resolve(process.env.E2E_STATIC_OUT) : '';
const project = path.join(dir, 'project');
if (!out) {
  await copyProject(root, project);
  const env = {
    CONTENT_DIR: 'e2e/fixtures/posts',
    SITE_URL: `http://localhost:${port}${basePath}`,
    ...(process.env.E2E_STATIC_SITE_CONFIG && { SITE_CONFIG: process.env.E2E_STATIC_SITE_CONFIG }),
  };
  await npmRun(project, 'build:static', env, path.join(dir, 'build.log')).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  out = path.join(project, 'out');
}

const nginx = await startNginx({ out, port, basePath, dir });
serveUntilStopped(nodePort ? [nginx, startNodeServer(project, nodePort)] : [nginx], dir);
