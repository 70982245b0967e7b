/**
 * The site's typed configuration. Everything that depends on the site's identity, language or
 * time zone reads it from here; nothing else hard-codes those values.
 */
export interface SiteConfig {
  title: string;
  description: string;
  /** BCP 47 language of the site, used for `<html lang>`. */
  language: string;
  /** Locale used to format dates and numbers. */
  locale: string;
  /** IANA time zone in which front-matter dates without an offset are read and shown. */
  timeZone: string;
  /** Absolute base URL without a trailing slash. */
  url: string;
  author: string;
  /** Posts on a page of the home, tag and category listings (cards with excerpts). */
  postsPerPage: number;
  /** Posts on a page of the archive: one line each (date and title), so many more than a card listing. */
  archivePostsPerPage: number;
}

/**
 * Parses the base URL once, so a typo in `SITE_URL` fails the build with a clear message
 * instead of producing broken absolute links.
 */
export function parseSiteUrl(value: string | undefined): string {
  const raw = value?.trim() || 'http://localhost:3000';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: "${raw}" is not an absolute URL (expected e.g. https://blog.example.com)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL: "${raw}" must use http or https`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`SITE_URL: "${raw}" must not contain credentials, a ?query or a #fragment`);
  }
  // Every route lives at the root: a base path would need Next's basePath and links to match.
  if (url.pathname.replace(/\/+$/, '') !== '') {
    throw new Error(`SITE_URL: "${raw}" must not have a path (serve the blog at the root of its host)`);
  }
  return url.origin;
}

export const site: SiteConfig = {
  title: '한글 블로그',
  description: '생각과 기록을 모아 두는 블로그',
  language: 'ko',
  locale: 'ko-KR',
  timeZone: 'Asia/Seoul',
  url: parseSiteUrl(process.env.SITE_URL),
  author: '블로그 주인',
  postsPerPage: 10,
  archivePostsPerPage: 100,
};
