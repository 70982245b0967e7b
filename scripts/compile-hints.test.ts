import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import {
  COMPILE_HINT,
  entryJsFiles,
  markEagerChunks,
  rootMainFiles,
  shiftSourceMap,
  withCompileHint,
} from './compile-hints';

// The shape Next.js 16 writes for a route (trimmed): one assignment per manifest file.
const manifest = (route: string, entries: Record<string, string[]>) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\n` +
  `globalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify({ moduleLoading: { prefix: '' }, entryJSFiles: entries })};\n`;

describe('rootMainFiles', () => {
  it('reads the chunks every page loads', () => {
    expect(rootMainFiles({ rootMainFiles: ['static/chunks/a.js', 'static/chunks/b.js'] }, 'm.json')).toEqual([
      'static/chunks/a.js',
      'static/chunks/b.js',
    ]);
  });

  it('names the file when the list is missing', () => {
    expect(() => rootMainFiles({ pages: {} }, '.next/build-manifest.json')).toThrow(
      /^\.next\/build-manifest\.json: no "rootMainFiles"/,
    );
  });
});

describe('entryJsFiles', () => {
  it('lists the JavaScript of every entry of a route, not its CSS', () => {
    const source = manifest('/posts/[slug]/page', {
      '[project]/app/layout': ['static/chunks/layout.js', 'static/chunks/layout.css'],
      '[project]/app/posts/[slug]/page': ['static/chunks/layout.js', 'static/chunks/post.js'],
    });
    expect(entryJsFiles(source, 'x.js')).toEqual([
      'static/chunks/layout.js',
      'static/chunks/layout.js',
      'static/chunks/post.js',
    ]);
  });

  it('names the file when the format is not the expected one', () => {
    expect(() => entryJsFiles('globalThis.somethingElse = {};', 'page_client-reference-manifest.js')).toThrow(
      /^page_client-reference-manifest\.js: assigns no __RSC_MANIFEST entry/,
    );
    expect(() => entryJsFiles(manifest('/page', { a: 'static/chunks/a.js' } as never), 'm.js')).toThrow(/not a list/);
  });
});

describe('withCompileHint', () => {
  it('puts the hint on the first line, once', () => {
    const marked = withCompileHint('(globalThis.TURBOPACK||[]).push([]);');
    expect(marked).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([]);`);
    expect(withCompileHint(marked)).toBe(marked);
  });
});

describe('shiftSourceMap', () => {
  it('moves a plain map and an index map one line down', () => {
    expect(shiftSourceMap({ mappings: 'AAAA;AACA' }).mappings).toBe(';AAAA;AACA');
    expect(shiftSourceMap({ sections: [{ offset: { line: 0 } }, { offset: { line: 7 } }] }).sections).toEqual([
      { offset: { line: 1 } },
      { offset: { line: 8 } },
    ]);
  });
});

describe('markEagerChunks', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function fakeBuild(): string {
    dir = mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'));
    mkdirSync(path.join(dir, 'static/chunks'), { recursive: true });
    mkdirSync(path.join(dir, 'server/app/search'), { recursive: true });
    for (const name of ['framework', 'layout', 'search', 'lazy']) {
      writeFileSync(path.join(dir, `static/chunks/${name}.js`), `/* ${name} */`);
    }
    writeFileSync(path.join(dir, 'static/chunks/search.js.map'), JSON.stringify({ version: 3, mappings: 'AAAA' }));
    writeFileSync(
      path.join(dir, 'build-manifest.json'),
      JSON.stringify({ rootMainFiles: ['static/chunks/framework.js'] }),
    );
    writeFileSync(
      path.join(dir, 'server/app/search/page_client-reference-manifest.js'),
      manifest('/search/page', {
        '[project]/app/layout': ['static/chunks/layout.js'],
        '[project]/app/search/page': ['static/chunks/layout.js', 'static/chunks/search.js'],
      }),
    );
    return dir;
  }

  it('marks the chunks loaded with a page, leaves lazy ones, and moves their maps', () => {
    const build = fakeBuild();
    const chunk = (name: string) => readFileSync(path.join(build, `static/chunks/${name}`), 'utf8');
    expect(markEagerChunks(build)).toEqual([
      'static/chunks/framework.js',
      'static/chunks/layout.js',
      'static/chunks/search.js',
    ]);
    expect(chunk('framework.js')).toBe(`${COMPILE_HINT}/* framework */`);
    expect(chunk('search.js')).toBe(`${COMPILE_HINT}/* search */`);
    expect(chunk('lazy.js')).toBe('/* lazy */');
    expect(JSON.parse(chunk('search.js.map')).mappings).toBe(';AAAA');
    // A second run (the build step repeated) changes nothing, the maps included.
    markEagerChunks(build);
    expect(chunk('layout.js')).toBe(`${COMPILE_HINT}/* layout */`);
    expect(JSON.parse(chunk('search.js.map')).mappings).toBe(';AAAA');
  });

  it('fails, naming the chunk, when a manifest lists a file that is not there', () => {
    const build = fakeBuild();
    rmSync(path.join(build, 'static/chunks/layout.js'));
    expect(() => markEagerChunks(build)).toThrow(
      /static\/chunks\/layout\.js: listed by the build's manifests but missing/,
    );
  });
});
