/**
 * The browser's scripts (scripts/build-islands.ts): one on every page, one for /search, one on
 * posts with comments, one on every page when the settings turn analytics on, one on posts with
 * images to open large.
 */
export type IslandName = 'site' | 'search' | 'comments' | 'analytics' | 'zoom';

/** Where the islands are served from, and so the folder of public/ they are built into. */
export const ISLANDS_DIR = 'islands';

/** The file, beside the scripts, that names each entry's file and the chunks it imports. */
export const ISLANDS_MANIFEST = 'manifest.json';

/** An island's script (`/islands/site-3FQX.js`) and the chunks it imports, to preload beside it. */
export interface IslandScript {
  src: string;
  imports: string[];
}

export type IslandManifest = Record<IslandName, IslandScript>;
