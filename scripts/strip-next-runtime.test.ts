import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { themeScript } from '../lib/theme';
import { projectClientModules, stripBuild, stripNextRuntime } from './strip-next-runtime';

// What Next.js 16 writes for a prerendered page (trimmed), around what the page itself renders.
const ours = {
  head:
    '<meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
    `<script>${themeScript}</script>` +
    '<script type="module" src="/islands/site-X.js"></script>',
  body:
    '<main><p>Next.js writes <code>self.__next_f.push</code> and TURBOPACK into its pages.</p></main>' +
    '<script type="application/ld+json">{"headline":"self.__next_f and TURBOPACK explained"}</script>',
};
const runtime = {
  head:
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
    '<script src="/_next/static/chunks/c.js" async=""></script>' +
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  body:
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>' +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    '<script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script>',
};
const page = (withRuntime: boolean) =>
  `<!DOCTYPE html><html lang="ko"><head>${ours.head}${withRuntime ? runtime.head : ''}</head>` +
  `<body>${ours.body}${withRuntime ? runtime.body : ''}</body></html>`;

describe('stripNextRuntime', () => {
  it("cuts out the runtime's scripts, preloads and payload, and leaves every other byte as it was", () => {
    expect(stripNextRuntime(page(true), 'index.html')).toBe(page(false));
  });

  it('keeps data scripts and text that merely mention the runtime', () => {
    const stripped = stripNextRuntime(page(true), 'index.html');
    expect(stripped).toContain('<code>self.__next_f.push</code>');
    expect(stripped).toContain('{"headline":"self.__next_f and TURBOPACK explained"}');
  });

  it('names the file when there is nothing to strip (Next.js has changed its markup)', () => {
    expect(() => stripNextRuntime(page(false), 'posts/a.html')).toThrow(/^posts\/a\.html: no Next\.js runtime found/);
  });

  it('finds the runtime under the base path of a site under a sub-path (/blog/_next/static/)', () => {
    const under = (html: string) =>
      html.replaceAll('"/_next/', '"/blog/_next/').replaceAll('"/islands/', '"/blog/islands/');
    expect(stripNextRuntime(under(page(true)), 'index.html', '/blog')).toBe(under(page(false)));
  });

  it('fails, naming the element, when a runtime script is left under another path than the base path', () => {
    // The build's base path and the pages' disagree: the scripts at the root are not cut, and that is an error.
    const html = page(true).replace(
      '<script>(self',
      '<script src="/blog/_next/static/chunks/d.js"></script><script>(self',
    );
    expect(() => stripNextRuntime(html, 'index.html')).toThrow(
      /^index\.html: a script this site does not write: <script src="\/blog\/_next\/static\/chunks\/d\.js">/,
    );
  });
});

// The shape Next.js 16 writes for a route's client reference manifest (trimmed).
const manifest = (modules: string[]) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\n` +
  `globalThis.__RSC_MANIFEST["/page"] = ${JSON.stringify({ clientModules: Object.fromEntries(modules.map((m) => [m, {}])) })};\n`;

describe('projectClientModules', () => {
  it("lists the project's client components, not the framework's", () => {
    const source = manifest([
      '[project]/node_modules/next/dist/esm/client/components/layout-router.js <module evaluation>',
      '[project]/components/theme-toggle.tsx <module evaluation>',
      '[project]/components/theme-toggle.tsx',
    ]);
    expect(projectClientModules(source, 'm.js')).toEqual([
      'components/theme-toggle.tsx',
      'components/theme-toggle.tsx',
    ]);
  });

  it('names the file when it holds no manifest', () => {
    expect(() => projectClientModules('var x = 1;', 'app/page_client-reference-manifest.js')).toThrow(
      /^app\/page_client-reference-manifest\.js: assigns no __RSC_MANIFEST/,
    );
  });
});

describe('stripBuild', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** A build folder with one page, in the server's and the standalone server's copy. */
  function fakeBuild(clientModules: string[]) {
    dir = mkdtempSync(path.join(os.tmpdir(), 'strip-next-runtime-'));
    const next = path.join(dir, '.next');
    for (const app of [path.join(next, 'server/app'), path.join(next, 'standalone/.next/server/app')]) {
      mkdirSync(path.join(app, 'posts'), { recursive: true });
      writeFileSync(path.join(app, 'posts/a.html'), page(true));
    }
    writeFileSync(path.join(next, 'server/app/page_client-reference-manifest.js'), manifest(clientModules));
    return next;
  }

  it('strips both copies of every page', () => {
    const next = fakeBuild(['[project]/node_modules/next/dist/client/components/builtin/global-error.js']);
    expect(stripBuild(next)).toBe(2);
    expect(readFileSync(path.join(next, 'server/app/posts/a.html'), 'utf8')).toBe(page(false));
    expect(readFileSync(path.join(next, 'standalone/.next/server/app/posts/a.html'), 'utf8')).toBe(page(false));
  });

  it('strips a standalone copy that differs from its twin, and a page only the standalone server has', () => {
    const next = fakeBuild(['[project]/node_modules/next/dist/esm/client/components/layout-router.js']);
    const standalone = path.join(next, 'standalone/.next/server/app');
    const different = page(true).replace('<main>', '<main><p>standalone</p>');
    writeFileSync(path.join(standalone, 'posts/a.html'), different);
    writeFileSync(path.join(standalone, 'posts/b.html'), page(true));
    expect(stripBuild(next)).toBe(3);
    expect(readFileSync(path.join(standalone, 'posts/a.html'), 'utf8')).toBe(
      page(false).replace('<main>', '<main><p>standalone</p>'),
    );
    expect(readFileSync(path.join(standalone, 'posts/b.html'), 'utf8')).toBe(page(false));
  });

  it('fails, naming the component, when a route has a client component of ours', () => {
    const next = fakeBuild(['[project]/components/search-box.tsx']);
    expect(() => stripBuild(next)).toThrow(/components\/search-box\.tsx is a client component \('use client'\)/);
    expect(readFileSync(path.join(next, 'server/app/posts/a.html'), 'utf8')).toBe(page(true));
  });
});

// Pages and manifests exactly as `next build` (Next.js 16.4) wrote them for the e2e fixture posts,
// before this step: with Turbopack (`next build`) and with webpack (`next build --webpack`, run
// in /work/main, which its absolute module paths name). Refresh them after a Next.js upgrade.
const fixtures = path.join(import.meta.dirname, 'fixtures/next-build');
const real = (file: string) => readFileSync(path.join(fixtures, file), 'utf8');
const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
// What is left of a page once every script and link is taken out: what stripping must not touch.
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>|<link\b[^>]*>/g, '');

describe('a real Next.js 16 build', () => {
  for (const page of ['turbopack/search.html', 'turbopack/no-title.html', 'webpack/search.html']) {
    it(`${page}: loses the runtime and keeps the theme script, islands, data scripts and every other byte`, () => {
      const html = real(page);
      const stripped = stripNextRuntime(html, page);
      expect(scripts(html).some((tag) => tag.includes('/_next/static/'))).toBe(true);
      expect(stripped).not.toMatch(/\/_next\/static\/[^"]*\.js|self\.__next_f|TURBOPACK/);
      expect(stripped).toContain(`<script>${themeScript}</script>`);
      expect(stripped).toMatch(/<script type="module" src="\/islands\/[a-z]+-[A-Z0-9]+\.js"><\/script>/);
      expect(stripped).toContain('<script type="speculationrules">');
      expect(withoutScripts(stripped)).toBe(withoutScripts(html));
      expect(stripped.length).toBeLessThan(html.length / 2);
    });
  }

  it('fails, naming the page and the element, on a runtime script the strip step does not know', () => {
    // A later Next.js release could add an inline bootstrap under a name the markers miss.
    const html = real('turbopack/no-title.html').replace(
      '</body>',
      '<script>(self.__next_r=self.__next_r||[]).push(1)</script></body>',
    );
    expect(() => stripNextRuntime(html, 'posts/no-title.html')).toThrow(
      /^posts\/no-title\.html: a script this site does not write: <script>\(self\.__next_r=/,
    );
  });

  it('fails on a preload of a runtime file outside /_next/static/', () => {
    const html = real('webpack/search.html').replace(
      '</head>',
      '<link rel="modulepreload" href="/_next/runtime/router.js"/></head>',
    );
    expect(() => stripNextRuntime(html, 'search.html')).toThrow(
      /^search\.html: preloads a script that is not one of the site's islands: <link rel="modulepreload"/,
    );
  });

  it("reads Turbopack's and webpack's client manifests alike, and finds a client component in either", () => {
    const turbopack = real('turbopack/search_page_client-reference-manifest.js');
    const webpack = real('webpack/search_page_client-reference-manifest.js');
    expect(projectClientModules(turbopack, 'search/page_client-reference-manifest.js')).toEqual([]);
    expect(projectClientModules(webpack, 'search/page_client-reference-manifest.js', '/work/main')).toEqual([]);
    const withOurs = (source: string, key: string) =>
      source.replace('"clientModules":{', `"clientModules":{"${key}":{},`);
    expect(
      projectClientModules(
        withOurs(turbopack, '[project]/components/search-box.tsx'),
        'search/page_client-reference-manifest.js',
      ),
    ).toEqual(['components/search-box.tsx']);
    expect(
      projectClientModules(
        withOurs(webpack, '/work/main/components/search-box.tsx'),
        'search/page_client-reference-manifest.js',
        '/work/main',
      ),
    ).toEqual(['components/search-box.tsx']);
  });

  it('fails rather than pass a manifest it cannot read', () => {
    const webpack = real('webpack/search_page_client-reference-manifest.js');
    expect(() =>
      projectClientModules(
        webpack.replaceAll('/work/main/', 'webpack:///'),
        'search/page_client-reference-manifest.js',
      ),
    ).toThrow(/a client module named "webpack:\/\/\/node_modules\/next\/.*", in no form this check reads/);
    const empty = real('turbopack/search_page_client-reference-manifest.js').replace(
      /"clientModules":\{.*?\},"ssrModuleMapping"/,
      '"clientModules":{},"ssrModuleMapping"',
    );
    expect(() => projectClientModules(empty, 'search/page_client-reference-manifest.js')).toThrow(
      /a page with no client modules at all/,
    );
    // A route handler has none, rightly.
    expect(
      projectClientModules(
        real('turbopack/atom.xml_route_client-reference-manifest.js'),
        'atom.xml/route_client-reference-manifest.js',
      ),
    ).toEqual([]);
  });
});
