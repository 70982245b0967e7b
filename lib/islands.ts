import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
  ISLANDS_DIR,
  ISLANDS_MANIFEST,
  type IslandManifest,
  type IslandName,
  type IslandScript,
} from './islands-manifest';

const manifestFile = path.join(process.cwd(), 'public', ISLANDS_DIR, ISLANDS_MANIFEST);

/**
 * The script of an island and the chunks it imports. Read when a page renders (at build time for
 * every static page), so `next dev` sees each rebuild of `build-islands --watch`.
 */
export function islandScript(name: IslandName): IslandScript {
  let manifest: IslandManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as IslandManifest;
  } catch (error) {
    throw new Error(
      `${manifestFile}: cannot read the islands' manifest (run "tsx scripts/build-islands.ts"): ${error}`,
    );
  }
  const script = manifest[name];
  if (!script) throw new Error(`${manifestFile}: no "${name}" island`);
  return script;
}
