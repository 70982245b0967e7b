import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';

import { afterEach, describe, expect, it } from 'vitest';

import { brotliWindowBits, describeSiteFiles } from './site-files';

describe('brotliWindowBits', () => {
  it('is the smallest window (2^bits − 16 bytes) that holds the file, within brotli’s 10–24', () => {
    expect(brotliWindowBits(0)).toBe(10);
    expect(brotliWindowBits(1008)).toBe(10);
    expect(brotliWindowBits(1009)).toBe(11);
    expect(brotliWindowBits(100_000)).toBe(17);
    expect(brotliWindowBits(2 ** 20 - 16)).toBe(20);
    expect(brotliWindowBits(2 ** 20 - 15)).toBe(21);
    expect(brotliWindowBits(100 * 2 ** 20)).toBe(24);
  });
});

const WORDS = ['hangul', 'blog', 'post', '<p>', '</p>', 'search', ' ', '\n', '&amp;', 'tag'];

/** `size` bytes of words in a pseudo-random order; its second half repeats its first. */
function text(size: number): string {
  let seed = size;
  const words: string[] = [];
  for (let length = 0; length < size / 2; length += words.at(-1)!.length) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    words.push(WORDS[seed % WORDS.length]!);
  }
  const half = words.join('');
  return (half + half).slice(0, size);
}

describe('describeSiteFiles', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('writes a .br and a .gz beside each page that decompress to it, at the windows’ edges too', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'site-files-'));
    const out = path.join(dir, 'out');
    mkdirSync(out);
    const pages = [2 ** 11 - 16, 2 ** 11 - 15, 2 ** 16 - 16, 2 ** 16 - 15, 300_000].map((size) => ({
      file: `page-${size}.html`,
      body: text(size),
    }));
    for (const { file, body } of pages) writeFileSync(path.join(out, file), body);
    const described = await describeSiteFiles(
      out,
      pages.map(({ file }) => ({ path: `/${file}`, file, type: 'text/html; charset=utf-8' })),
      { url: 'https://blog.example', basePath: '', cacheDir: path.join(dir, 'cache') },
    );
    expect(described.compressed).toBe(2 * pages.length);
    for (const { file, body } of pages) {
      const entry = described.files[`/${file}`]!;
      // The window reaches back to the first half: repeating it costs next to nothing.
      const firstHalf = brotliCompressSync(body.slice(0, body.length / 2), {
        params: { [constants.BROTLI_PARAM_QUALITY]: 9 },
      }).length;
      expect(entry.br!.size).toBeLessThan(firstHalf * 1.1);
      expect(brotliDecompressSync(readFileSync(path.join(out, entry.br!.file))).toString()).toBe(body);
      expect(gunzipSync(readFileSync(path.join(out, entry.gzip!.file))).toString()).toBe(body);
    }
  });
});
