// The security headers of every answer, from what the built pages hold: the Node server sends
// them (scripts/server.ts), the static export writes them into `_headers` for the hosts that read
// one. The Content-Security-Policy allows exactly the inline scripts the pages carry (by hash)
// and the origins their frames, images and media come from; nothing wider. Pure.
import { createHash } from 'node:crypto';

/** What the pages of a build need the policy to allow. */
export interface PageNeeds {
  /** `'sha256-…'` of each inline script that runs (the theme script, Speculation Rules). */
  scriptHashes: Set<string>;
  /** Origins of `<iframe>`s (embeds: YouTube, Vimeo, CodePen …). */
  frameOrigins: Set<string>;
  /** Origins of images and of audio and video. */
  imageOrigins: Set<string>;
  mediaOrigins: Set<string>;
  /** Origins of the scripts, stylesheets and connections of the comments and analytics the settings turn on. */
  scriptOrigins: Set<string>;
  styleOrigins: Set<string>;
  connectOrigins: Set<string>;
}

export const emptyNeeds = (): PageNeeds => ({
  scriptHashes: new Set(),
  frameOrigins: new Set(),
  imageOrigins: new Set(),
  mediaOrigins: new Set(),
  scriptOrigins: new Set(),
  styleOrigins: new Set(),
  connectOrigins: new Set(),
});

// Script types the browser runs (or, for Speculation Rules, reads under script-src).
const RUNS = new Set(['', 'text/javascript', 'module', 'application/javascript', 'speculationrules']);

const originOf = (url: unknown): string | undefined => {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.startsWith('//') ? `https:${url}` : url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined; // A relative URL: this site's own.
  }
};

// React writes well-formed markup with double-quoted attributes: a tag and its attributes can be
// read without a full parse, which costs more than everything else the export does to a page.
const TAG = /<(script|iframe|img|video|audio|source)\b([^>]*)>/gi;
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(attributes)?.[1]?.replace(/&amp;/g, '&');

/** Adds what one page needs to `needs`. */
export function collectPageNeeds(html: string, needs: PageNeeds): void {
  const add = (set: Set<string>, url: unknown) => {
    const origin = originOf(url);
    if (origin) set.add(origin);
  };
  for (const match of html.matchAll(TAG)) {
    const tag = match[1]!.toLowerCase();
    const attributes = match[2]!;
    switch (tag) {
      case 'script': {
        const type = (attribute(attributes, 'type') ?? '').toLowerCase();
        if (attribute(attributes, 'src') !== undefined || !RUNS.has(type)) break;
        // The script's text, exactly as the browser hashes it: up to its end tag.
        const start = match.index! + match[0].length;
        const text = html.slice(start, html.indexOf('</script>', start));
        needs.scriptHashes.add(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
        break;
      }
      case 'iframe':
        add(needs.frameOrigins, attribute(attributes, 'src'));
        break;
      case 'img':
        add(needs.imageOrigins, attribute(attributes, 'src'));
        break;
      default:
        add(needs.mediaOrigins, attribute(attributes, 'src'));
        if (tag === 'video') add(needs.imageOrigins, attribute(attributes, 'poster'));
    }
  }
}

const sorted = (set: Set<string>) => [...set].sort();

/** The Content-Security-Policy of a build's pages. */
export function contentSecurityPolicy(needs: PageNeeds): string {
  const frames = sorted(needs.frameOrigins);
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...sorted(needs.scriptOrigins), ...sorted(needs.scriptHashes)].join(' ')}`,
    // Shiki and KaTeX write style attributes.
    `style-src ${["'self'", "'unsafe-inline'", ...sorted(needs.styleOrigins)].join(' ')}`,
    `img-src ${["'self'", 'data:', ...sorted(needs.imageOrigins)].join(' ')}`,
    `media-src ${["'self'", ...sorted(needs.mediaOrigins)].join(' ')}`,
    "font-src 'self' data:",
    `connect-src ${["'self'", ...sorted(needs.connectOrigins)].join(' ')}`,
    `frame-src ${frames.length ? frames.join(' ') : "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every header the site's answers carry; `hstsMaxAge` (seconds) adds Strict-Transport-Security. */
export function securityHeaders(needs: PageNeeds, hstsMaxAge?: number): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(needs),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    ...(hstsMaxAge ? { 'strict-transport-security': `max-age=${hstsMaxAge}; includeSubDomains` } : {}),
  };
}
