/**
 * Describes the finished files of a static export for the Node server's fast path
 * (lib/server/site-files.ts), and precompresses them: `x.br` and `x.gz` beside `x` in `out/`,
 * where nginx's `gzip_static` and the Node server find them. Called by scripts/export-static.ts.
 * A compressed file is kept in `.next/cache/precompressed/` by the hash of its content, so a
 * rebuild compresses only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

import mime from 'mime';

import type { AnalyticsSettings } from '../lib/analytics/settings';
import type { CommentsSettings } from '../lib/comments/settings';
import { collectPageNeeds, emptyNeeds, securityHeaders } from '../lib/server/security-headers';
import { addThirdPartyNeeds } from '../lib/server/third-party';
import type { FileVariant, SiteFile, SiteFiles } from '../lib/server/site-files';

/** A file of the export, by the path readers ask for. */
export interface ExportedFile {
  /** Path on the site (decoded NFC, without the base path). */
  path: string;
  /** Relative to `out/`, with `/`. */
  file: string;
  /** `Content-Type`, where the route says (pages, feeds); else from the extension. */
  type?: string;
}

// Names that carry their content's hash: Next's assets, and the islands (`site-3FQX.js`).
const HASHED = /^_next\/static\/|^islands\/(?!manifest\.json$)/;

/** Whether a file of the site (`islands/site-3FQX.js`, no leading `/`) has its content's hash in its name. */
export const isHashedFile = (file: string): boolean => HASHED.test(file);
const DOCUMENT = /^(text\/html|application\/([a-z]+\+)?(xml|json)|text\/(xml|plain))\b/;
const COMPRESSIBLE =
  /^(text\/|application\/([a-z]+\+)?(json|xml|javascript)|image\/svg\+xml|application\/manifest\+json)/;
const MIN_COMPRESS = 1024;
// Feeds and the sitemap: their `Last-Modified` is the newest post's date.
const FEED = /^application\/(rss\+xml|atom\+xml|feed\+json|xml)\b/;

const typeOf = (file: string) => {
  const type = mime.getType(file) ?? 'application/octet-stream';
  return /^text\/|javascript|json|xml|svg/.test(type) ? `${type}; charset=utf-8` : type;
};

/** `Cache-Control` by kind: a year for hashed names; documents revalidate each time; other files an hour. */
export function cacheControl(file: string, type: string): string {
  if (isHashedFile(file)) return 'public, max-age=31536000, immutable';
  if (DOCUMENT.test(type)) return 'public, max-age=0, must-revalidate';
  return 'public, max-age=3600';
}

/**
 * Brotli's window for `size` bytes: the smallest that holds the whole file (a window is 2^bits − 16
 * bytes), between brotli's bounds. Its default, 4 MiB, made quality 9 allocate and clear megabytes
 * of tables for every page: 26× slower on a blog's pages (1,000 posts: 135 of the export's 148 s,
 * half of it in the kernel), for the same size.
 */
export function brotliWindowBits(size: number): number {
  const { BROTLI_MIN_WINDOW_BITS, BROTLI_MAX_WINDOW_BITS } = constants;
  return Math.min(BROTLI_MAX_WINDOW_BITS, Math.max(BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(size + 16))));
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** `content` compressed, from the cache when an earlier build compressed the same bytes. */
async function compressed(
  content: Buffer,
  hash: string,
  kind: 'br' | 'gz',
  quality: number,
  cacheDir: string,
): Promise<Buffer> {
  const cached = path.join(cacheDir, `${hash}-${quality}.${kind}`);
  if (existsSync(cached)) return readFile(cached);
  const bytes =
    kind === 'br'
      ? await brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_LGWIN]: brotliWindowBits(content.length),
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        })
      : await gzipped(content, { level: quality });
  await writeFile(cached, bytes);
  return bytes;
}

/**
 * Describes every file for the fast path and writes its precompressed variants into `outDir`;
 * `newest` is the date of the newest post (feeds' and the sitemap's `Last-Modified`).
 */
export async function describeSiteFiles(
  outDir: string,
  files: readonly ExportedFile[],
  options: {
    url: string;
    basePath: string;
    /** The not-found page (`404.html`), which the fast path sends for Next's internal paths. */
    notFound?: ExportedFile;
    newest?: Date;
    cacheDir: string;
    hstsMaxAge?: number;
    /** The comments and analytics the settings turn on: the policy allows their origins. */
    thirdParty?: { comments?: CommentsSettings; analytics?: AnalyticsSettings };
  },
): Promise<SiteFiles & { compressed: number }> {
  mkdirSync(options.cacheDir, { recursive: true });
  const needs = emptyNeeds();
  if (options.thirdParty) addThirdPartyNeeds(needs, options.thirdParty);
  let count = 0;
  const describe = async ({ file, type: given }: ExportedFile): Promise<SiteFile> => {
    const content = await readFile(path.join(outDir, file));
    const hash = createHash('sha256').update(content).digest('base64url');
    const type = given ?? typeOf(file);
    if (type.startsWith('text/html')) collectPageNeeds(content.toString('utf8'), needs);
    const entry: SiteFile = {
      file,
      size: content.length,
      type,
      etag: `"${hash.slice(0, 22)}"`,
      cache: cacheControl(file, type),
      ...(options.newest && FEED.test(type) && { lastModified: options.newest.toUTCString() }),
    };
    if (content.length >= MIN_COMPRESS && COMPRESSIBLE.test(type)) {
      // The hashed assets are compressed once and kept for a year: the best brotli is worth it.
      // Pages and feeds: quality 8 makes them as small as 9 did on a blog's 54 MB of them (20.0%
      // of their size), in 1.0 s of CPU instead of 6.8 s; 10 saves 8% more for 17 s.
      const brQuality = isHashedFile(file) ? 11 : 8;
      for (const [kind, quality, key] of [
        ['br', brQuality, 'br'],
        ['gz', 9, 'gzip'],
      ] as const) {
        const bytes = await compressed(content, hash, kind, quality, options.cacheDir);
        if (bytes.length > content.length * 0.9) continue;
        const variant: FileVariant = { file: `${file}.${kind}`, size: bytes.length };
        await writeFile(path.join(outDir, variant.file), bytes);
        entry[key] = variant;
        count++;
      }
    }
    return entry;
  };
  // zlib compresses on libuv's thread pool: a few files at a time keep every core busy.
  const entries: SiteFile[] = new Array<SiteFile>(files.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) entries[i] = await describe(files[i]!);
  };
  await Promise.all(Array.from({ length: os.availableParallelism() + 1 }, worker));
  return {
    url: options.url,
    basePath: options.basePath,
    // In the order of `files`, whichever finished first.
    files: Object.fromEntries(files.map((file, i) => [file.path, entries[i]!])),
    ...(options.notFound && { notFound: await describe(options.notFound) }),
    headers: securityHeaders(needs, options.hstsMaxAge),
    compressed: count,
  };
}
