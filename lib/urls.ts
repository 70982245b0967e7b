import { site } from './site';

// Every path the site links to is built here; routes and components never write a template.

const segment = (value: string) => encodeURIComponent(value);

/** Path of a listing page: page 1 is the listing itself, later pages live under `/page/N`. */
export function pageUrl(base: string, page: number): string {
  if (page <= 1) return base;
  return `${base === '/' ? '' : base}/page/${page}`;
}

/** Path of a post. */
export function postUrl(slug: string): string {
  return `/posts/${segment(slug)}`;
}

/** Path of a file from a post's asset folder (`photo.png`, `img/photo.png`), copied to `public/posts/<slug>/`. */
export function postAssetUrl(slug: string, file: string): string {
  return `${postUrl(slug)}/${file.split('/').map(segment).join('/')}`;
}

export const tagsIndexUrl = '/tags';
export const categoriesIndexUrl = '/categories';
export const homeUrl = '/';

/** Path of a tag's listing. */
export function tagUrl(tag: { slug: string }, page = 1): string {
  return pageUrl(`${tagsIndexUrl}/${segment(tag.slug)}`, page);
}

/** Path of a category's listing; `slugs` runs from the top category down. */
export function categoryUrl(category: { slugs: readonly string[] }, page = 1): string {
  return pageUrl(`${categoriesIndexUrl}/${category.slugs.map(segment).join('/')}`, page);
}

export const archivesIndexUrl = '/archives';

/** Route segment of an archive month, zero-padded: `/archives/2025/01`, never `/archives/2025/1`. */
export function monthSegment(month: number): string {
  return String(month).padStart(2, '0');
}

/** Path of the archive of every post, or of one year (`/archives/2025`) or month (`/archives/2025/01`). */
export function archivesUrl(year?: number, month?: number): string {
  if (year === undefined) return archivesIndexUrl;
  const yearUrl = `${archivesIndexUrl}/${year}`;
  return month === undefined ? yearUrl : `${yearUrl}/${monthSegment(month)}`;
}

/** Path of page `page` of an archive listing: `/archives/page/2`, `/archives/2025/page/2`, `/archives/2025/01/page/2`. */
export function archivesPageUrl(period: { year?: number; month?: number }, page: number): string {
  return pageUrl(archivesUrl(period.year, period.month), page);
}

export const searchPageUrl = '/search';

/** The search page for a query and facet filters; empty values are left out of the URL. */
export function searchUrl(params: { q?: string; tag?: string; category?: string }): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `${searchPageUrl}?${text}` : searchPageUrl;
}

export type FeedFormat = 'rss' | 'atom' | 'json';

const feedPaths: Record<FeedFormat, string> = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' };

/** Path of the site's feed of latest posts in one format. */
export function feedUrl(format: FeedFormat): string {
  return feedPaths[format];
}

/** Path of a tag's RSS feed, beside its listing. */
export function tagFeedUrl(tag: { slug: string }): string {
  return `${tagUrl(tag)}/feed.xml`;
}

/**
 * Path of a category's RSS feed, beside its listing. The catch-all category page cannot have a
 * route below it, so next.config.ts rewrites this path to `app/category-feeds/[...path]`.
 */
export function categoryFeedUrl(category: { slugs: readonly string[] }): string {
  return `${categoryUrl(category)}/feed.xml`;
}

export const sitemapUrl = '/sitemap.xml';

/** Folder under `public/` and path prefix of the Open Graph images (scripts/build-og-images.ts). */
export const ogImagesUrl = '/og';

// A page's image mirrors the page's path (`/posts/x` → `/og/posts/x.png`); listings have one image
// for all their pages, so these take no page number.
const ogImageOf = (path: string) => `${ogImagesUrl}${path === homeUrl ? '/index' : path}.png`;

/** Open Graph image (1200×630 PNG) of the home page, and of pages without their own (tags, search). */
export const siteOgImageUrl = ogImageOf(homeUrl);

/** Open Graph image of a post. */
export function postOgImageUrl(slug: string): string {
  return ogImageOf(postUrl(slug));
}

/** Open Graph image of a tag's listing. */
export function tagOgImageUrl(tag: { slug: string }): string {
  return ogImageOf(tagUrl(tag));
}

/** Open Graph image of a category's listing. */
export function categoryOgImageUrl(category: { slugs: readonly string[] }): string {
  return ogImageOf(categoryUrl(category));
}

/** Open Graph image of the archive, or of one year or month of it. */
export function archivesOgImageUrl(year?: number, month?: number): string {
  return ogImageOf(archivesUrl(year, month));
}

/** An absolute URL on this site, for canonical links and feeds. */
export function absoluteUrl(path: string): string {
  return `${site.url}${path}`;
}

/** An image's absolute URL: one on this site gets the site's base, one elsewhere stays as it is. */
export function absoluteImageUrl(src: string): string {
  return /^https?:\/\//i.test(src) ? src : absoluteUrl(src);
}

/** Pretendard's stylesheet, copied from its npm package by scripts/copy-fonts.ts. */
export const pretendardStylesheetUrl = '/fonts/pretendard/pretendardvariable-dynamic-subset.css';

/** KaTeX's stylesheet (its fonts beside it), copied from its npm package by scripts/copy-fonts.ts. */
export const katexStylesheetUrl = '/fonts/katex/katex.min.css';

/** Path of a site page (`content/pages/about.md` → `/about`). */
export function sitePageUrl(page: { path: string }): string {
  return `/${page.path.split('/').map(segment).join('/')}`;
}
