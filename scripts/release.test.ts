import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { SiteFile, SiteFiles } from '../lib/server/site-files';
import { inheritHashedFiles } from './release';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const entry = (file: string, extra: Partial<SiteFile> = {}): SiteFile => ({
  file,
  size: 1,
  type: 'text/css; charset=utf-8',
  etag: '"x"',
  cache: 'public, max-age=31536000, immutable',
  ...extra,
});

function makeRelease(name: string, files: Record<string, SiteFile>): string {
  const release = path.join(dir!, name);
  for (const file of Object.values(files)) {
    for (const variant of [file, file.br, file.gzip]) {
      if (!variant) continue;
      mkdirSync(path.dirname(path.join(release, 'site', variant.file)), { recursive: true });
      writeFileSync(path.join(release, 'site', variant.file), `${name}:${variant.file}`);
    }
  }
  const described: SiteFiles = { url: 'http://localhost:3000', basePath: '', files, headers: {} };
  writeFileSync(path.join(release, 'site-files.json'), JSON.stringify(described));
  return release;
}

describe('inheritHashedFiles', () => {
  it("brings the previous build's hashed files along, with their encodings, and nothing else", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'release-'));
    const previous = makeRelease('a', {
      '/_next/static/chunks/old.css': entry('_next/static/chunks/old.css', {
        br: { file: '_next/static/chunks/old.css.br', size: 1 },
      }),
      '/islands/site-OLD.js': entry('islands/site-OLD.js'),
      '/posts/x': entry('posts/x.html', { type: 'text/html; charset=utf-8' }),
      '/_next/static/chunks/older.css': entry('_next/static/chunks/older.css', { inherited: true }),
    });
    const release = makeRelease('b', { '/_next/static/chunks/new.css': entry('_next/static/chunks/new.css') });

    expect(inheritHashedFiles(previous, release)).toBe(2);
    const files = (JSON.parse(readFileSync(path.join(release, 'site-files.json'), 'utf8')) as SiteFiles).files;
    expect(Object.keys(files).sort()).toEqual([
      '/_next/static/chunks/new.css',
      '/_next/static/chunks/old.css',
      '/islands/site-OLD.js',
    ]);
    expect(files['/_next/static/chunks/old.css']).toMatchObject({ inherited: true });
    expect(readFileSync(path.join(release, 'site/_next/static/chunks/old.css.br'), 'utf8')).toBe(
      'a:_next/static/chunks/old.css.br',
    );
    // Pages are never inherited, and what the previous build had inherited itself is let go.
    expect(existsSync(path.join(release, 'site/posts/x.html'))).toBe(false);
    expect(existsSync(path.join(release, 'site/_next/static/chunks/older.css'))).toBe(false);
  });
});
