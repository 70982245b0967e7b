// The static export of the e2e journeys in e2e/export/: builds `npm run build:static` of the
// fixture posts in a copy of the project (the main journeys' build owns .next) and serves `out/`
// with nginx on E2E_STATIC_PORT, by GitHub Pages' rules: `/x` from `x.html` or `x/index.html`,
// `404.html` for anything else, no server code. Playwright starts it (playwright.config.ts) and
// stops it. E2E_STATIC_OUT=<dir> serves an export already made instead of building one; with
// E2E_STATIC_AFTER=<url>, once that URL answers (the main journeys' server, whose command makes
// the export before it starts), so the e2e run builds the fixture posts once.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { copyProject, npmRun } from './bench-project';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.E2E_STATIC_PORT ?? '3230';
const dir = await mkdtemp(path.join(tmpdir(), 'hangul-blog-static-'));
// nginx's workers run as another user when the master is root: they must be able to read `out/`.
await chmod(dir, 0o755);

let out = process.env.E2E_STATIC_OUT ? path.resolve(process.env.E2E_STATIC_OUT) : '';
const after = process.env.E2E_STATIC_AFTER;
if (after) {
  const deadline = Date.now() + 15 * 60_000;
  while (
    !(await fetch(after).then(
      (response) => response.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error(`e2e-static-server: ${after} did not answer within 15 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
if (!out) {
  const project = path.join(dir, 'project');
  await copyProject(root, project);
  await npmRun(project, 'build:static', { CONTENT_DIR: 'e2e/fixtures/posts' }, path.join(dir, 'build.log')).catch(
    (error: unknown) => {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    },
  );
  out = path.join(project, 'out');
}

// Run by root (CI), nginx's workers would switch to another user, who may not read the checkout.
const config = `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  charset utf-8;
  access_log off;
  client_body_temp_path ${dir}/client_body;
  server {
    listen 127.0.0.1:${port};
    root ${out};
    location / { try_files $uri $uri.html $uri/index.html =404; }
    error_page 404 /404.html;
  }
}
`;
await writeFile(path.join(dir, 'nginx.conf'), config);

// Debian installs it in /usr/sbin, which is on root's PATH only.
const nginxBin = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
const nginx = spawn(nginxBin, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
  stdio: 'inherit',
});
// Synchronously: nginx exits at once, and its exit must not end this process before the clean-up.
const stop = () => {
  nginx.kill();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code) => process.exit(code ?? 0));
