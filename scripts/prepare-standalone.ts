// Makes `.next/standalone` a folder that runs on any Node host (`npm start`), after the static
// export (scripts/export-static.ts):
// - `site/`: the export's files, precompressed, and `site-files.json`, what the fast path of
//   scripts/server.ts answers from; `routing.json`, its redirects;
// - `server.js`: scripts/server.ts, bundled; Next's own entry stays as `next-server.js`;
// - `public/` and `.next/static/`, which `output: 'standalone'` leaves out (a CDN may serve them),
//   for Next's handler behind the fast path.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';

import { build } from 'esbuild';

import { site } from '../lib/site';
import { SITE_FILES } from './export-static';

const standalone = '.next/standalone';
const problems = [
  !existsSync(`${standalone}/server.js`) && `${standalone}/server.js is missing: run "next build" first.`,
  !existsSync(SITE_FILES) && `${SITE_FILES} is missing: run "tsx scripts/export-static.ts" first.`,
].filter(Boolean);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
cpSync('.next/static', `${standalone}/.next/static`, { recursive: true });
if (existsSync('public')) cpSync('public', `${standalone}/public`, { recursive: true });
// The server reads the site's settings where it runs (lib/site.ts), as `site.config.yml`.
cpSync(site.settingsFile, `${standalone}/site.config.yml`);

// The export's files, hard-linked where the file system allows (no copy, no space).
rmSync(`${standalone}/site`, { recursive: true, force: true });
if (spawnSync('cp', ['-al', 'out', `${standalone}/site`]).status !== 0) {
  cpSync('out', `${standalone}/site`, { recursive: true });
}
cpSync(SITE_FILES, `${standalone}/site-files.json`);
cpSync('.contentlayer/generated/routing.json', `${standalone}/routing.json`);

// Next writes its entry anew on every build; ours replaces it.
if (readFileSync(`${standalone}/server.js`, 'utf8').includes('next/dist/server/lib/start-server')) {
  renameSync(`${standalone}/server.js`, `${standalone}/next-server.js`);
}
await build({
  entryPoints: ['scripts/server.ts'],
  outfile: `${standalone}/server.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The standalone folder has Next (traced by next build); everything else is bundled.
  external: ['next'],
  logLevel: 'warning',
});
console.log(`Standalone server ready: node ${standalone}/server.js (PORT, default 3000)`);
