// nginx serving a static export for the e2e journeys (and the build's Node server beside it), by GitHub Pages' rules: `/x` from `x.html`
// or `x/index.html`, `404.html` for anything else, no server code. Under a base path (`/blog`),
// the export is served there and nothing else is, as a project site of GitHub Pages is.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface StaticServer {
  /** The folder of the export (`out/`). */
  out: string;
  port: string;
  /** `''` at the root, `/blog` under a sub-path. */
  basePath: string;
  /** A folder of nginx's own files (config, pid, temp), readable by its workers. */
  dir: string;
  /** Headers added to every answer (the benchmark's nginx sends what the Node server sends). */
  headers?: Readonly<Record<string, string>>;
}

/** Starts nginx in the foreground; the caller stops it (`kill()`). */
export async function startNginx({ out, port, basePath, dir, headers = {} }: StaticServer): Promise<ChildProcess> {
  // The export appears at the base path: <dir>/www/blog → out.
  const www = path.join(dir, `www-${port}`);
  mkdirSync(path.dirname(path.join(www, basePath || '.')), { recursive: true });
  if (basePath) symlinkSync(out, path.join(www, basePath));
  const root = basePath ? www : out;
  // Run by root (CI), nginx's workers would switch to another user, who may not read the checkout.
  const config = `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx-${port}.pid;
error_log stderr;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  charset utf-8;
  access_log off;
  # The export's precompressed .gz beside each file (scripts/site-files.ts).
  gzip_static on;
  client_body_temp_path ${dir}/client_body;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location ${basePath}/ { try_files $uri $uri.html $uri/index.html =404; }
    error_page 404 ${basePath}/404.html;
${Object.entries(headers)
  .map(([name, value]) => `    add_header ${name} "${value.replaceAll('"', '\\"')}" always;`)
  .join('\n')}
  }
}
`;
  const file = path.join(dir, `nginx-${port}.conf`);
  await writeFile(file, config);
  // Debian installs it in /usr/sbin, which is on root's PATH only.
  const nginxBin = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  return spawn(nginxBin, ['-p', dir, '-c', file, '-g', 'daemon off;'], { stdio: 'inherit' });
}

/** Starts a build's Node server (`npm start` of the project at `cwd`) on `port`. */
export function startNodeServer(cwd: string, port: string): ChildProcess {
  return spawn('node', ['.next/standalone/server.js'], {
    cwd,
    env: { ...process.env, PORT: port, HOSTNAME: '127.0.0.1', NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}

/**
 * Runs until Playwright stops this process (or a child exits): then stops every child and
 * removes `dir`, synchronously, so that a child's exit cannot end this process before the clean-up.
 */
export function serveUntilStopped(children: readonly ChildProcess[], dir: string): void {
  const stop = (code = 0) => {
    for (const child of children) child.kill();
    rmSync(dir, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGTERM', () => stop());
  process.on('SIGINT', () => stop());
  for (const child of children) child.on('exit', (code) => stop(code ?? 0));
}
