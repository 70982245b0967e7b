// Every server the e2e journeys use (playwright.config.ts), built side by side: Playwright starts
// the servers of a config one after another, each waiting for the one before to answer, so four
// builds in a row cost four builds' time; most of a build runs on one core, so two at once on
// two cores cost little more than one.
// - the fixture posts (`build:static` in this checkout): `npm start` on E2E_PORT, the export with
//   nginx on E2E_STATIC_PORT;
// - the Hexo blog of e2e/fixtures/hexo-site (scripts/e2e-hexo-site.ts) on E2E_HEXO_PORT and
//   E2E_HEXO_STATIC_PORT;
// - the fixture posts under a sub-path (scripts/e2e-static-server.ts), nginx on E2E_SUBPATH_PORT,
//   the Node server on the port after it.
// The fixture posts' server starts last, once every other answers: Playwright waits on its URL.
// A build that fails stops the run with its exit code; Playwright's SIGTERM stops every server.
import { spawn, type ChildProcess } from 'node:child_process';

import {
  basePath,
  hexoPort,
  hexoStaticPort,
  port,
  staticPort,
  subpathNodePort,
  subpathPort,
} from '../e2e/support/servers';

const FIXTURES = { SITE_CONFIG: 'e2e/fixtures/site.config.yml', CONTENT_DIR: 'e2e/fixtures/posts' };

const children = new Set<ChildProcess>();

function stopAll(code: number): never {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGTERM', () => stopAll(0));
process.on('SIGINT', () => stopAll(0));

/** Starts `command`; a server (`exits: false`) that exits, or a build that fails, ends the run. */
function run(command: string, args: string[], extraEnv: Record<string, string>, exits = false): Promise<void> {
  const child = spawn(command, args, { env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'inherit', 'inherit'] });
  children.add(child);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (exits && code === 0) return resolve();
      console.error(`e2e-servers: ${[command, ...args].join(' ')} ended (${signal ?? `exit code ${code}`})`);
      stopAll(code || 1);
    });
  });
}

async function answers(url: string, minutes = 15): Promise<void> {
  const deadline = Date.now() + minutes * 60_000;
  while (
    !(await fetch(url).then(
      (response) => response.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) stopAll(1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const tsx = (script: string, extraEnv: Record<string, string>) => void run('npx', ['tsx', script], extraEnv);

tsx('scripts/e2e-hexo-site.ts', { E2E_HEXO_PORT: `${hexoPort}`, E2E_HEXO_STATIC_PORT: `${hexoStaticPort}` });
tsx('scripts/e2e-static-server.ts', {
  E2E_STATIC_PORT: `${subpathPort}`,
  E2E_STATIC_BASE: basePath,
  E2E_STATIC_NODE_PORT: `${subpathNodePort}`,
  E2E_STATIC_SITE_CONFIG: 'e2e/fixtures/subpath.config.yml',
});
await run('npm', ['run', 'build:static'], FIXTURES, true);
tsx('scripts/e2e-static-server.ts', { E2E_STATIC_PORT: `${staticPort}`, E2E_STATIC_OUT: 'out' });

for (const url of [
  `http://localhost:${hexoPort}`,
  `http://localhost:${hexoStaticPort}`,
  `http://localhost:${staticPort}`,
  `http://localhost:${subpathPort}${basePath}/`,
  `http://localhost:${subpathNodePort}${basePath}/`,
])
  await answers(url);
void run('npm', ['start'], { PORT: `${port}` });
