/**
 * Bundles the browser's code, the islands of components/islands, into public/islands: `tsx
 * scripts/build-islands.ts` before `next build` (`--watch` beside `next dev`).
 *
 * Pages are static HTML that React renders on the server and never hydrates
 * (scripts/strip-next-runtime.ts); what a reader can do beyond reading is done by these few
 * scripts. Components they render are written against React's API and run on Preact (`preact/compat`,
 * about 5 kB gzipped), so the search view and the palette keep React's types and lint rules.
 *
 * Writes public/islands/manifest.json: each entry's file and the chunks it imports, for
 * lib/islands.ts to put in the pages' `<head>`.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build, context, type BuildOptions, type Metafile } from 'esbuild';

import { ISLANDS_DIR, ISLANDS_MANIFEST, type IslandManifest, type IslandName } from '../lib/islands-manifest';
import { interfaceLanguage } from '../lib/locale';
import { site } from '../lib/site';
import { islandsUrl } from '../lib/urls';

// The name each lib/messages/<language>.ts exports.
const EXPORTS: Record<string, string> = { ko: 'ko', en: 'en', ja: 'ja', 'zh-CN': 'zhCN', 'zh-TW': 'zhTW' };

const ENTRIES: Record<IslandName, string> = {
  site: 'components/islands/site.ts',
  search: 'components/islands/search.tsx',
  comments: 'components/islands/comments.ts',
  analytics: 'components/islands/analytics.ts',
  zoom: 'components/islands/image-zoom.ts',
};

const outdir = path.join('public', ISLANDS_DIR);

/** The manifest of a build: for each entry, its URL and the URLs of the chunks it imports statically. */
export function islandManifest(metafile: Metafile, outputDir: string, urlBase: string): IslandManifest {
  const url = (file: string) => `${urlBase}/${path.relative(outputDir, file).split(path.sep).join('/')}`;
  const manifest: Partial<IslandManifest> = {};
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const name = Object.entries(ENTRIES).find(([, entry]) => entry === output.entryPoint)?.[0] as
      IslandName | undefined;
    if (!name) continue;
    const imports = output.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => url(i.path));
    manifest[name] = { src: url(file), imports };
  }
  for (const name of Object.keys(ENTRIES) as IslandName[]) {
    if (!manifest[name])
      throw new Error(`build-islands: esbuild wrote no output for the "${name}" entry (${ENTRIES[name]})`);
  }
  return manifest as IslandManifest;
}

const options: BuildOptions = {
  entryPoints: Object.values(ENTRIES),
  outdir,
  outbase: 'components/islands',
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  // The browsers Next.js targets by default.
  target: ['chrome111', 'edge111', 'firefox111', 'safari16.4'],
  jsx: 'automatic',
  alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  define: { 'process.env.NODE_ENV': '"production"' },
  // V8 compiles these files on a background thread while they download, not function by
  // function on the main thread when each is first called: all of it runs on load anyway.
  banner: { js: '//# allFunctionsCalledOnLoad' },
  logLevel: 'warning',
  plugins: [
    {
      // lib/site.ts reads the settings file from disk; the browser gets the values the build checked.
      name: 'site-settings',
      setup(builder) {
        const siteModule = path.resolve('lib/site.ts');
        builder.onResolve({ filter: /(^|\/)site$/ }, async (args) => {
          if (args.pluginData === 'site-settings') return undefined;
          const resolved = await builder.resolve(args.path, {
            resolveDir: args.resolveDir,
            kind: args.kind,
            pluginData: 'site-settings',
          });
          return resolved.path === siteModule ? { path: siteModule, namespace: 'site-settings' } : undefined;
        });
        builder.onLoad({ filter: /.*/, namespace: 'site-settings' }, () => ({
          contents: `export const site = ${JSON.stringify(site)};`,
          loader: 'js',
        }));
      },
    },
    {
      // The browser speaks the site's language only: the other languages' interface text
      // (lib/messages/<language>.ts) is left out of the islands.
      name: 'site-language-only',
      setup(builder) {
        const keep = interfaceLanguage(site.language);
        builder.onResolve({ filter: /^\.\/messages\/(ko|en|ja|zh-CN|zh-TW)$/ }, (args) =>
          args.path === `./messages/${keep}` ? undefined : { path: args.path, namespace: 'other-language' },
        );
        builder.onLoad({ filter: /.*/, namespace: 'other-language' }, (args) => ({
          contents: `export const ${EXPORTS[args.path.slice('./messages/'.length)]} = undefined;`,
          loader: 'js',
        }));
      },
    },
    {
      name: 'manifest',
      setup(builder) {
        builder.onEnd((result) => {
          if (!result.metafile || result.errors.length) return;
          const manifest = islandManifest(result.metafile, outdir, islandsUrl(ISLANDS_DIR));
          writeFileSync(path.join(outdir, ISLANDS_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
          const sizes = Object.entries(result.metafile.outputs)
            .filter(([file]) => file.endsWith('.js'))
            .map(([file, output]) => `${path.basename(file)} ${(output.bytes / 1024).toFixed(1)} kB`);
          console.log(`Islands: ${sizes.join(', ')}`);
        });
      },
    },
  ],
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(outdir, { recursive: true, force: true });
  if (process.argv.includes('--watch')) {
    await (await context(options)).watch();
  } else {
    await build(options);
  }
}
