import { NextResponse, type NextRequest } from 'next/server';

/**
 * Guards the router against paths it handles badly:
 * - a malformed percent-encoding (`/tags/%ZZ`) makes Next.js answer 500 while decoding params;
 *   it is the client's mistake, so answer 400;
 * - Hangul typed or pasted on macOS can arrive decomposed (NFD), while every page lives at its
 *   NFC path; redirect there instead of answering 404.
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
  if (decoded !== decoded.normalize('NFC')) {
    const url = request.nextUrl.clone();
    url.pathname = pathname
      .split('/')
      .map((segment) => encodeURIComponent(decodeURIComponent(segment).normalize('NFC')))
      .join('/');
    return NextResponse.redirect(url, 308);
  }
  return NextResponse.next();
}

export const config = {
  // Static assets never carry user-typed paths.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
