// Gzipped size of an engine's browser runtime: its entry bundled and minified with esbuild (which
// the project already has through tsx), as a site's bundler would ship it.
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

import { gzipSize } from './engine';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** Gzipped bytes of `entry` (ES module source importing the engine) bundled for the browser. */
export async function runtimeSize(entry: string): Promise<number> {
  const result = await build({
    stdin: { contents: entry, resolveDir: PROJECT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSize(result.outputFiles[0]!.contents);
}
