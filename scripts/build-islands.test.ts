import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

import { islandManifest } from './build-islands';

const output = (entryPoint: string | undefined, imports: Metafile['outputs'][string]['imports']) => ({
  bytes: 1,
  inputs: {},
  exports: [],
  imports,
  ...(entryPoint ? { entryPoint } : {}),
});

describe('islandManifest', () => {
  it("names each entry's file and the chunks it imports statically, not the ones it loads later", () => {
    const metafile: Metafile = {
      inputs: {},
      outputs: {
        'public/islands/site-A.js': output('components/islands/site.ts', [
          { path: 'public/islands/chunk-1.js', kind: 'import-statement' },
          { path: 'public/islands/palette-P.js', kind: 'dynamic-import' },
        ]),
        'public/islands/search-B.js': output('components/islands/search.tsx', [
          { path: 'public/islands/chunk-1.js', kind: 'import-statement' },
          { path: 'public/islands/chunk-2.js', kind: 'import-statement' },
        ]),
        'public/islands/comments-C.js': output('components/islands/comments.ts', []),
        'public/islands/analytics-D.js': output('components/islands/analytics.ts', []),
        'public/islands/image-zoom-E.js': output('components/islands/image-zoom.ts', [
          { path: 'public/islands/chunk-1.js', kind: 'import-statement' },
        ]),
        'public/islands/chunk-1.js': output(undefined, []),
        'public/islands/site-A.js.map': output(undefined, []),
      },
    };
    expect(islandManifest(metafile, 'public/islands', '/islands')).toEqual({
      site: { src: '/islands/site-A.js', imports: ['/islands/chunk-1.js'] },
      search: { src: '/islands/search-B.js', imports: ['/islands/chunk-1.js', '/islands/chunk-2.js'] },
      comments: { src: '/islands/comments-C.js', imports: [] },
      analytics: { src: '/islands/analytics-D.js', imports: [] },
      zoom: { src: '/islands/image-zoom-E.js', imports: ['/islands/chunk-1.js'] },
    });
  });

  it('names the entry that produced no file', () => {
    const metafile: Metafile = {
      inputs: {},
      outputs: { 'public/islands/site-A.js': output('components/islands/site.ts', []) },
    };
    expect(() => islandManifest(metafile, 'public/islands', '/islands')).toThrow(/no output for the "search" entry/);
  });
});
