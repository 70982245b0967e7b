import routing from 'contentlayer/generated/routing.json';
import { NextResponse, type NextRequest } from 'next/server';

import { canonicalRedirect, encodePath } from '@/lib/canonical-path';

/**
 * Guards the router against paths it handles badly:
 * - a malformed percent-encoding (`/tags/%ZZ`) makes Next.js answer 500 while decoding params;
 *   it is the client's mistake, so answer 400;
 * - Hangul typed or pasted on macOS can arrive decomposed (NFD), while every page lives at its
 *   NFC path; redirect there instead of answering 404;
 * - an old path (a previous permalink, an alias, Hexo's tag and category paths) and the other
 *   trailing-slash form of a page lead to the page in one hop (lib/canonical-path.ts; Next's own
 *   trailing-slash redirect is off in next.config.ts, as it would come first and make two).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return new NextResponse('400 Bad Request: malformed percent-encoding in the path\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const target = canonicalRedirect(decoded.normalize('NFC'), routing);
  if (target !== undefined || decoded !== decoded.normalize('NFC')) {
    // A plain URL: Next's own (nextUrl) would drop the trailing slash the target may need. Paths
    // here are the site's; under a sub-path (next.config.ts `basePath`) the URL carries it.
    const url = new URL(request.url);
    url.pathname = `${request.nextUrl.basePath}${encodePath(target ?? decoded.normalize('NFC'))}`;
    return NextResponse.redirect(url, 308);
  }
  return NextResponse.next();
}

export const config = {
  // Static assets never carry user-typed paths.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
