/**
 * The last step of `npm run build`: publishes the build as a release that a running `npm start`
 * (scripts/start.mjs) moves to without a failed request.
 *
 * - Copies `.next/standalone` to `releases/<time>-<build id>/`: the next build wipes `.next`,
 *   never a release.
 * - Brings along the files with hashed names (`/_next/static/`, `/islands/`) of the release
 *   before it, so that a page a reader opened before the switch still loads its stylesheet and
 *   scripts (only the previous build's own: nothing piles up).
 * - Points `releases/current` at it, in one rename.
 * - Keeps the newest three releases.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { SiteFiles } from '../lib/server/site-files';

import { isHashedFile } from './site-files';

export const RELEASES = 'releases';
const KEEP = 3;

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** Adds to `release` the hashed files of `previous` it lacks; returns how many. */
export function inheritHashedFiles(previous: string, release: string): number {
  const before = readJson<SiteFiles>(path.join(previous, 'site-files.json'));
  const now = readJson<SiteFiles>(path.join(release, 'site-files.json'));
  let count = 0;
  for (const [sitePath, file] of Object.entries(before.files)) {
    if (!isHashedFile(sitePath.slice(1)) || file.inherited || now.files[sitePath]) continue;
    for (const variant of [file, file.br, file.gzip]) {
      if (!variant) continue;
      const target = path.join(release, 'site', variant.file);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(previous, 'site', variant.file), target);
    }
    now.files[sitePath] = { ...file, inherited: true };
    count++;
  }
  writeFileSync(path.join(release, 'site-files.json'), `${JSON.stringify(now)}\n`);
  return count;
}

function release(): void {
  const standalone = '.next/standalone';
  if (!existsSync(path.join(standalone, 'site-files.json'))) {
    throw new Error(`${standalone} has no site-files.json: run the build's steps first`);
  }
  mkdirSync(RELEASES, { recursive: true });
  const id = `${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}-${readFileSync('.next/BUILD_ID', 'utf8').trim()}`;
  const dir = path.join(RELEASES, id);
  // A real copy: hard links would share files the next build rewrites.
  if (spawnSync('cp', ['-a', standalone, `${dir}.tmp`]).status !== 0)
    throw new Error(`cannot copy ${standalone} to ${dir}`);
  renameSync(`${dir}.tmp`, dir);

  const current = path.join(RELEASES, 'current');
  const previous = existsSync(current) ? path.join(RELEASES, readlinkSync(current)) : undefined;
  const inherited = previous && existsSync(previous) ? inheritHashedFiles(previous, dir) : 0;

  symlinkSync(id, `${current}.tmp`);
  renameSync(`${current}.tmp`, current);

  const old = readdirSync(RELEASES)
    .filter((name) => name !== 'current' && name !== id && !name.endsWith('.tmp'))
    .sort()
    .reverse()
    .slice(KEEP - 1);
  for (const name of old) rmSync(path.join(RELEASES, name), { recursive: true, force: true });
  console.log(
    `Release ${id}: releases/current → ${dir}${inherited ? ` (${inherited} hashed files of the previous build kept)` : ''}; a running "npm start" moves to it`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    release();
  } catch (error) {
    console.error(`release: ${(error as Error).message}`);
    process.exit(1);
  }
}
