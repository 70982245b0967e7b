import { permalinkPath, type PermalinkPost } from './permalink';
import { site } from './site';
import { slugify } from './slug';

// Every path the site links to is built here; routes and components never write a template.

const segment = (value: string) => encodeURIComponent(value);

/**
 * Whether page paths end in `/`: as the post URL pattern does (Hexo's default
 * `:year/:month/:day/:title/`), so that a Hexo blog keeps every URL. next.config.ts sets Next's
 * `trailingSlash` from the same value, which redirects the other form in one hop.
 */
export const trailingSlash = site.permalink.endsWith('/');

// Next's rule for what is a file (its trailing-slash redirects leave those alone): a last segment
// with an extension, such as `feed.xml`, or a tag `node.js`.
const isFile = (path: string) => /\.\w+$/.test(path.slice(path.lastIndexOf('/') + 1));

/** A page's path in the site's style: `/tags/react/` when page paths end in `/`, else `/tags/react`. */
export function route(path: string): string {
  if (!trailingSlash || path.endsWith('/') || isFile(path)) return path;
  return `${path}/`;
}

const paged = (base: string, page: number) => (page <= 1 ? base : `${base === '/' ? '' : base}/page/${page}`);

/** Path of a listing page: page 1 is the listing itself, later pages live under `/page/N`. */
export function pageUrl(base: string, page: number): string {
  return route(paged(base.length > 1 ? base.replace(/\/$/, '') : base, page));
}

/**
 * A post's path from the site's `permalink` pattern (Hexo's variables, read in the site's time
 * zone; a post's own `permalink` wins), in the site's style, unencoded NFC. `sha1` serves `:hash`.
 */
export function postPermalink(post: PermalinkPost, sha1?: (text: string) => string, pattern = site.permalink): string {
  const path = permalinkPath(pattern, post, {
    timeZone: site.timeZone,
    defaultCategory: site.defaultCategory,
    slugify,
    sha1,
  });
  if (path.endsWith('.html')) return path;
  return trailingSlash ? route(path) : path.replace(/(.)\/+$/, '$1');
}

/** Path of a post: its permalink, encoded. */
export function postUrl(post: { permalink: string }): string {
  return post.permalink.split('/').map(segment).join('/');
}

/** Path of a file from a post's asset folder (`photo.png`, `img/photo.png`), copied to `public/posts/<slug>/`. */
export function postAssetUrl(slug: string, file: string): string {
  return `/posts/${segment(slug)}/${file.split('/').map(segment).join('/')}`;
}

const tagsPath = '/tags';
const categoriesPath = '/categories';
const tagPath = (tag: { slug: string }) => `${tagsPath}/${segment(tag.slug)}`;
const categoryPath = (category: { slugs: readonly string[] }) =>
  `${categoriesPath}/${category.slugs.map(segment).join('/')}`;

export const tagsIndexUrl = route(tagsPath);
export const categoriesIndexUrl = route(categoriesPath);
export const homeUrl = '/';

/** Path of a tag's listing. */
export function tagUrl(tag: { slug: string }, page = 1): string {
  return pageUrl(tagPath(tag), page);
}

/** Path of a category's listing; `slugs` runs from the top category down. */
export function categoryUrl(category: { slugs: readonly string[] }, page = 1): string {
  return pageUrl(categoryPath(category), page);
}

const archivesPath = '/archives';
export const archivesIndexUrl = route(archivesPath);

/** Route segment of an archive month, zero-padded: `/archives/2025/01`, never `/archives/2025/1`. */
export function monthSegment(month: number): string {
  return String(month).padStart(2, '0');
}

/** Path of the archive of every post, or of one year (`/archives/2025`) or month (`/archives/2025/01`). */
export function archivesUrl(year?: number, month?: number): string {
  return route(archivesPathOf(year, month));
}

const archivesPathOf = (year?: number, month?: number) => {
  if (year === undefined) return archivesPath;
  const yearPath = `${archivesPath}/${year}`;
  return month === undefined ? yearPath : `${yearPath}/${monthSegment(month)}`;
};

/** Path of page `page` of an archive listing: `/archives/page/2`, `/archives/2025/page/2`, `/archives/2025/01/page/2`. */
export function archivesPageUrl(period: { year?: number; month?: number }, page: number): string {
  return pageUrl(archivesPathOf(period.year, period.month), page);
}

export const searchPageUrl = route('/search');

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
  return `${tagPath(tag)}/feed.xml`;
}

/**
 * Path of a category's RSS feed, beside its listing. The catch-all category page cannot have a
 * route below it, so next.config.ts rewrites this path to `app/category-feeds/[...path]`.
 */
export function categoryFeedUrl(category: { slugs: readonly string[] }): string {
  return `${categoryPath(category)}/feed.xml`;
}

export const sitemapUrl = '/sitemap.xml';

/** Folder under `public/` and path prefix of the Open Graph images (scripts/build-og-images.ts). */
export const ogImagesUrl = '/og';

// A page's image mirrors the page's path (`/tags/x` → `/og/tags/x.png`, a post's `/og/posts/<slug>.png`);
// listings have one image for all their pages, so these take no page number.
const ogImageOf = (path: string) => `${ogImagesUrl}${path === homeUrl ? '/index' : path}.png`;

/** Open Graph image (1200×630 PNG) of the home page, and of pages without their own (tags, search). */
export const siteOgImageUrl = ogImageOf(homeUrl);

/** Open Graph image of a post. */
export function postOgImageUrl(slug: string): string {
  return ogImageOf(`/posts/${segment(slug)}`);
}

/** Open Graph image of a tag's listing. */
export function tagOgImageUrl(tag: { slug: string }): string {
  return ogImageOf(tagPath(tag));
}

/** Open Graph image of a category's listing. */
export function categoryOgImageUrl(category: { slugs: readonly string[] }): string {
  return ogImageOf(categoryPath(category));
}

/** Open Graph image of the archive, or of one year or month of it. */
export function archivesOgImageUrl(year?: number, month?: number): string {
  return ogImageOf(archivesPathOf(year, month));
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
  return route(`/${page.path.split('/').map(segment).join('/')}`);
}
