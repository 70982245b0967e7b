// The finished files of a build, as the Node server's fast path answers them (lib/server/answer.ts)
// and scripts/build-site-files.ts describes them: every page, feed and file of the static export
// (`out/`), by the path readers ask for, with what the answer needs precomputed. Pure types.

/** One encoding of a file: the file under the site folder and its size in bytes. */
export interface FileVariant {
  file: string;
  size: number;
}

/** A file the fast path answers, at one path of the site. */
export interface SiteFile extends FileVariant {
  /** `Content-Type`. */
  type: string;
  /** A strong validator of the identity bytes: `"<sha-256, base64url, 22 characters>"`. */
  etag: string;
  /** `Cache-Control`: a year and `immutable` for hashed names, else a short `max-age` and validators. */
  cache: string;
  /** `Last-Modified` (feeds and the sitemap: the newest post), an HTTP date. */
  lastModified?: string;
  /** A hashed file of the previous release, kept for pages opened before the switch (scripts/release.ts). */
  inherited?: boolean;
  /** Precompressed variants, made at build time when they are smaller. */
  br?: FileVariant;
  gzip?: FileVariant;
}

/** What the build leaves for the server (`site-files.json` beside the site folder). */
export interface SiteFiles {
  /** The site's URL the build had (`SITE_URL`), for the server to warn when it is the default. */
  url: string;
  /** `''` at the root, `/blog` under a sub-path (next.config.ts `basePath`). */
  basePath: string;
  /** Path on the site (decoded, NFC, without the base path) → its file. */
  files: Record<string, SiteFile>;
  /** The not-found page, sent with 404 for Next's internal paths (`/_next/…`, `/_global-error`). */
  notFound?: SiteFile;
  /** The headers every answer carries (lib/server/security-headers.ts), the CSP's hashes included. */
  headers: Record<string, string>;
}
