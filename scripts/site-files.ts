/**
 * Describes the finished files of a static export for the Node server's fast path
 * (lib/server/site-files.ts), and precompresses them: `x.br` and `x.gz` beside `x` in `out/`,
 * where nginx's `gzip_static` and the Node server find them. Called by scripts/export-static.ts.
 * A compressed file is kept in `.next/cache/precompressed/` by the hash of its content, so a
 * rebuild compresses only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

function compressed(content: Buffer, hash: string, kind: 'br' | 'gz', quality: number, cacheDir: string): Buffer {
  const cached = path.join(cacheDir, `${hash}-${quality}.${kind}`);
  if (existsSync(cached)) return readFileSync(cached);
  const bytes =
    kind === 'br'
      ? brotliCompressSync(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        })
      : gzipSync(content, { level: quality });
  writeFileSync(cached, bytes);
  return bytes;
}

/**
 * Describes every file for the fast path and writes its precompressed variants into `outDir`;
 * `newest` is the date of the newest post (feeds' and the sitemap's `Last-Modified`).
 */
export function describeSiteFiles(
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
): SiteFiles & { compressed: number } {
  mkdirSync(options.cacheDir, { recursive: true });
  const needs = emptyNeeds();
  if (options.thirdParty) addThirdPartyNeeds(needs, options.thirdParty);
  const described: Record<string, SiteFile> = {};
  let count = 0;
  const describe = ({ file, type: given }: ExportedFile): SiteFile => {
    const content = readFileSync(path.join(outDir, file));
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
      const brQuality = isHashedFile(file) ? 11 : 9;
      for (const [kind, quality, key] of [
        ['br', brQuality, 'br'],
        ['gz', 9, 'gzip'],
      ] as const) {
        const bytes = compressed(content, hash, kind, quality, options.cacheDir);
        if (bytes.length > content.length * 0.9) continue;
        const variant: FileVariant = { file: `${file}.${kind}`, size: bytes.length };
        writeFileSync(path.join(outDir, variant.file), bytes);
        entry[key] = variant;
        count++;
      }
    }
    return entry;
  };
  for (const file of files) described[file.path] = describe(file);
  return {
    url: options.url,
    basePath: options.basePath,
    files: described,
    ...(options.notFound && { notFound: describe(options.notFound) }),
    headers: securityHeaders(needs, options.hstsMaxAge),
    compressed: count,
  };
}
