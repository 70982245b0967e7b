// Hexo's own build of the same generated posts, for scripts/bench-build.ts: a site as `hexo init`
// makes one (the landscape theme, the EJS, Stylus and marked renderers, the index, archive,
// category and tag generators), all devDependencies of this project, generated cold.
import type { WriteStream } from 'node:fs';
import { cp, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import { runStep, type StepResult } from './build-steps';

const require = createRequire(import.meta.url);
const PACKAGES = [
  'hexo',
  'hexo-renderer-marked',
  'hexo-renderer-ejs',
  'hexo-renderer-stylus',
  'hexo-theme-landscape',
  'hexo-generator-index',
  'hexo-generator-archive',
  'hexo-generator-category',
  'hexo-generator-tag',
];

// `hexo generate`, through the package's API: the hexo-cli command is not a dependency here.
const GENERATE = `node -e "const Hexo = require('hexo'); const hexo = new Hexo(process.cwd(), { silent: true }); hexo.init().then(() => hexo.call('generate', {})).then(() => hexo.exit()).catch((error) => { console.error(error); process.exit(1); })"`;

export const hexoVersion = (): string => (require('hexo/package.json') as { version: string }).version;

/** Builds the posts of `postsDir` with Hexo in a new site under `siteDir`; returns the run and its pages. */
export async function hexoGenerate(
  postsDir: string,
  siteDir: string,
  options: { project: string; log: WriteStream },
): Promise<StepResult & { htmlPages: number }> {
  await mkdir(path.join(siteDir, 'source'), { recursive: true });
  // Hexo walks source/ without following a symlinked folder: the posts are copied.
  await cp(postsDir, path.join(siteDir, 'source/_posts'), { recursive: true });
  await symlink(path.join(options.project, 'node_modules'), path.join(siteDir, 'node_modules'));
  // Hexo loads the plugins a site's package.json names.
  const dependencies = Object.fromEntries(PACKAGES.map((name) => [name, '*']));
  await writeFile(
    path.join(siteDir, 'package.json'),
    JSON.stringify({ private: true, hexo: { version: hexoVersion() }, dependencies }),
  );
  await writeFile(path.join(siteDir, '_config.yml'), 'title: Bench\nurl: http://example.com\ntheme: landscape\n');
  const result = await runStep(GENERATE, { cwd: siteDir, env: process.env, log: options.log });
  const files = await readdir(path.join(siteDir, 'public'), { recursive: true }).catch(() => []);
  return { ...result, htmlPages: files.filter((file) => file.endsWith('.html')).length };
}
