// What the Node server's fast path answers to a request, decided without touching the network or
// the disk: a file of the build (with its encoding, range and validators), a redirect, a client
// error, or "not mine" for Next's handler. scripts/server.ts sends what this decides. Pure.
import parseRange from 'range-parser';

import { canonicalRedirect, encodePath, type Routing } from '../canonical-path';
import type { FileVariant, SiteFile, SiteFiles } from './site-files';

export interface Request {
  method: string;
  /** The request target exactly as it came (`/tags/%EC%86%8C?x=1`, `*`, `http://host/x`). */
  url: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

export type Answer =
  | {
      kind: 'file';
      status: 200 | 206 | 304 | 404;
      headers: Readonly<Record<string, string>>;
      /** The part of a file to send (`size`: the whole file's), none for 304 and HEAD. */
      body?: { file: string; start: number; end: number; size: number };
    }
  | { kind: 'text'; status: number; headers: Record<string, string>; text: string }
  | { kind: 'next' };

/** Longest request target the fast path reads; longer ones are the client's mistake (414). */
export const MAX_TARGET_LENGTH = 4096;

const ALLOWED = 'GET, HEAD';

const text = (status: number, message: string, headers: Record<string, string> = {}): Answer => {
  const body = `${status} ${message}\n`;
  return {
    kind: 'text',
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      'cache-control': 'no-store',
      ...headers,
    },
    text: body,
  };
};

const header = (request: Request, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

/** The encodings a client accepts (`br`, `gzip`), from `Accept-Encoding`; `q=0` refuses one. */
export function acceptedEncodings(value: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (value ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((found) => found !== undefined);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name);
  }
  if (accepted.has('*')) for (const name of ['br', 'gzip']) accepted.add(name);
  return accepted;
}

/** Whether `If-None-Match` names this ETag (weak comparison, as RFC 9110 asks for GET and HEAD). */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => strip(tag) === strip(etag));
}

/** The encoding to send a file in, of those the client accepts and the build made. */
function variantFor(request: Request, file: SiteFile) {
  const accepted = acceptedEncodings(header(request, 'accept-encoding'));
  if (file.br && accepted.has('br')) return { encoding: 'br', variant: file.br };
  if (file.gzip && accepted.has('gzip')) return { encoding: 'gzip', variant: file.gzip };
  return { encoding: undefined, variant: file };
}

/** The not-found page with its 404, for a path that is Next's own and no file of the build. */
function notFoundAnswer(request: Request, page: SiteFile): Answer {
  const { encoding, variant } = variantFor(request, page);
  return {
    kind: 'file',
    status: 404,
    headers: {
      'content-type': page.type,
      'cache-control': 'no-store',
      'content-length': String(variant.size),
      ...(encoding && { 'content-encoding': encoding, vary: 'Accept-Encoding' }),
    },
    ...(request.method !== 'HEAD' && {
      body: { file: variant.file, start: 0, end: variant.size - 1, size: variant.size },
    }),
  };
}

/**
 * The headers of a whole file's 200, made once per file and encoding: the same object for every
 * request, so the server can keep what it derives from it (scripts/server.ts). Never mutated.
 */
const wholeFileHeaders = new WeakMap<FileVariant, Readonly<Record<string, string>>>();

function fileAnswer(request: Request, file: SiteFile, varies: boolean): Answer {
  const headers: Record<string, string> = {
    'content-type': file.type,
    etag: file.etag,
    'cache-control': file.cache,
    'accept-ranges': 'bytes',
    ...(file.lastModified && { 'last-modified': file.lastModified }),
    ...(varies && { vary: 'Accept-Encoding' }),
  };
  const ifNoneMatch = header(request, 'if-none-match');
  const ifModifiedSince = header(request, 'if-modified-since');
  const notModified =
    ifNoneMatch !== undefined
      ? etagMatches(ifNoneMatch, file.etag)
      : ifModifiedSince !== undefined &&
        file.lastModified !== undefined &&
        Date.parse(file.lastModified) <= Date.parse(ifModifiedSince);
  if (notModified) return { kind: 'file', status: 304, headers };

  const head = request.method === 'HEAD';
  const rangeHeader = header(request, 'range');
  const ifRange = header(request, 'if-range');
  if (rangeHeader !== undefined && (ifRange === undefined || ifRange.trim() === file.etag)) {
    const ranges = parseRange(file.size, rangeHeader, { combine: true });
    if (ranges === -1) {
      return text(416, 'Range Not Satisfiable', { 'content-range': `bytes */${file.size}`, 'accept-ranges': 'bytes' });
    }
    // A malformed header (-2) is ignored, as RFC 9110 allows; several ranges get the whole file.
    // (`bytes=5-1`, last before first, is unsatisfiable to range-parser, as to nginx: 416.)
    if (ranges !== -2 && ranges.type === 'bytes' && ranges.length === 1) {
      const { start, end } = ranges[0]!;
      return {
        kind: 'file',
        status: 206,
        headers: {
          ...headers,
          'content-range': `bytes ${start}-${end}/${file.size}`,
          'content-length': String(end - start + 1),
        },
        ...(!head && { body: { file: file.file, start, end, size: file.size } }),
      };
    }
  }

  const { encoding, variant } = variantFor(request, file);
  let fullHeaders = wholeFileHeaders.get(variant);
  if (!fullHeaders) {
    fullHeaders = {
      ...headers,
      ...(encoding && { 'content-encoding': encoding }),
      'content-length': String(variant.size),
    };
    wholeFileHeaders.set(variant, fullHeaders);
  }
  return {
    kind: 'file',
    status: 200,
    headers: fullHeaders,
    ...(!head && { body: { file: variant.file, start: 0, end: variant.size - 1, size: variant.size } }),
  };
}

/**
 * The fast path's answer to a request: the built file at its path, or a 308 to where the page
 * lives (an NFD path, an old path, the other trailing-slash form), or a 4xx for a client's
 * mistake (a method other than GET and HEAD, a target that is not a path, a malformed
 * percent-encoding, a range past the end), the not-found page for Next's internal paths, or
 * `next` for anything else.
 */
export function answer(
  request: Request,
  site: Pick<SiteFiles, 'basePath' | 'files' | 'notFound'>,
  routing: Routing,
): Answer {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    // The body is never read: the connection closes after the answer.
    return text(405, 'Method Not Allowed', { allow: ALLOWED, connection: 'close' });
  }
  const { url } = request;
  if (!url.startsWith('/') || url.startsWith('//')) return text(400, 'Bad Request: the target must be a path');
  if (url.length > MAX_TARGET_LENGTH) return text(414, 'URI Too Long');
  const at = url.indexOf('?');
  const rawPath = at < 0 ? url : url.slice(0, at);
  const query = at < 0 ? '' : url.slice(at);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return text(400, 'Bad Request: malformed percent-encoding in the path');
  }
  if (decoded.includes('\0')) return text(400, 'Bad Request: a NUL in the path');

  const { basePath } = site;
  if (basePath) {
    if (decoded === basePath) return redirect(`${basePath}/`, query);
    if (!decoded.startsWith(`${basePath}/`)) return { kind: 'next' };
  }
  const path = decoded.slice(basePath.length);
  const nfc = path.normalize('NFC');
  const target = canonicalRedirect(nfc, routing);
  if (target !== undefined || nfc !== path) return redirect(`${basePath}${encodePath(target ?? nfc)}`, query);

  const file = site.files[nfc];
  if (!file) {
    // Next's own paths that are no file of the build: a hashed asset of another build, the image
    // optimizer no page uses, the internal error pages. Not found, never a 500.
    if (nfc.startsWith('/_') && site.notFound) return notFoundAnswer(request, site.notFound);
    return { kind: 'next' };
  }
  return fileAnswer(request, file, Boolean(file.br || file.gzip));
}

function redirect(location: string, query: string): Answer {
  return text(308, 'Permanent Redirect', { location: `${location}${query}` });
}
