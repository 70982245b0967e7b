import { encodePath, isFile } from './canonical-path';
import { permalinkPath, type PermalinkPost } from './permalink';
import { site } from './site';
import { slugify } from './slug';

// Every path the site links to is built here; routes and components never write a template.
// Two kinds of path: a page's path on the site (`/tags/react`, a post's `permalink`), which routes,
// redirects and the static export's files follow; and its URL, that path under the site's base
// path (`/blog/tags/react` for `SITE_URL=https://user.github.io/blog`), which every link, script,
// stylesheet, image, feed and fetch carries. Each exported `…Url` is a URL.

const segment = (value: string) => encodeURIComponent(value);

/**
 * Where the blog lives on its host: `''` at the root, `/blog` under a sub-path (the path of
 * `SITE_URL`, or of the settings' `url`). next.config.ts gives it to Next as `basePath`.
 */
export const basePath = site.basePath;

/** The URL of a path on the site: the path under the base path (`/tags/x` → `/blog/tags/x`). */
export function withBase(path: string): string {
  return basePath === '' ? path : `${basePath}${path}`;
}

/** The path on the site of one of its URLs (`/blog/tags/x` → `/tags/x`); other paths stay as they are. */
export function withoutBase(url: string): string {
  if (basePath === '' || !url.startsWith(basePath)) return url;
  const rest = url.slice(basePath.length);
  if (rest === '') return '/';
  return rest.startsWith('/') ? rest : url;
}

/**
 * A root-relative link written in a post (`/about`, `/images/a.png`) as a URL of this site:
 * under a sub-path it gains the base path, unless it already starts with it (a Hexo blog with
 * `root: /blog/` wrote its links so). Anything else (`https://…`, `//cdn…`, `#top`, `a.png`) stays.
 */
export function siteLink(href: string): string {
  if (basePath === '' || !href.startsWith('/') || href.startsWith('//')) return href;
  const underBase = href.startsWith(basePath) && /^(?:[/?#]|$)/.test(href.slice(basePath.length));
  return underBase ? href : withBase(href);
}

/**
 * Whether page paths end in `/`: as the post URL pattern does (Hexo's default
 * `:year/:month/:day/:title/`), so that a Hexo blog keeps every URL. next.config.ts sets Next's
 * `trailingSlash` from the same value, which redirects the other form in one hop.
 */
export const trailingSlash = site.permalink.endsWith('/');

/** A page's path in the site's style: `/tags/react/` when page paths end in `/`, else `/tags/react`. */
function route(path: string): string {
  if (!trailingSlash || path.endsWith('/') || isFile(path)) return path;
  return `${path}/`;
}

const paged = (base: string, page: number) => (page <= 1 ? base : `${base === '/' ? '' : base}/page/${page}`);

/** Path on the site of a listing page: page 1 is the listing itself, later pages live under `/page/N`. */
const pagePath = (base: string, page: number) => route(paged(base.length > 1 ? base.replace(/\/$/, '') : base, page));

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

/** URL of a post: its permalink, encoded. */
export function postUrl(post: { permalink: string }): string {
  return withBase(encodePath(post.permalink));
}

/** URL of a file from a post's asset folder (`photo.png`, `img/photo.png`), copied to `public/posts/<slug>/`. */
export function postAssetUrl(slug: string, file: string): string {
  return withBase(`/posts/${segment(slug)}/${encodePath(file)}`);
}

/** URL of a static file (`/images/a.png`, from `content/static/`), given by its path, unencoded. */
export function staticFileUrl(path: string): string {
  return withBase(encodePath(path));
}

const tagsPath = '/tags';
const categoriesPath = '/categories';
const tagPath = (tag: { slug: string }) => `${tagsPath}/${segment(tag.slug)}`;
const categoryPath = (category: { slugs: readonly string[] }) =>
  `${categoriesPath}/${category.slugs.map(segment).join('/')}`;

const seriesPath = '/series';
const oneSeriesPath = (series: { slug: string }) => `${seriesPath}/${segment(series.slug)}`;

export const tagsIndexUrl = withBase(route(tagsPath));
/** URL of the list of every series (`/series`). */
export const seriesIndexUrl = withBase(route(seriesPath));
export const categoriesIndexUrl = withBase(route(categoriesPath));
export const homeUrl = withBase('/');

/** URL of page `page` of the home listing (`/page/2`). */
export function homePageUrl(page: number): string {
  return withBase(pagePath('/', page));
}

/** URL of a tag's listing. */
export function tagUrl(tag: { slug: string }, page = 1): string {
  return withBase(pagePath(tagPath(tag), page));
}

/** URL of a series' page (`/series/한글-검색-만들기`): its parts in reading order. */
export function seriesUrl(series: { slug: string }): string {
  return withBase(route(oneSeriesPath(series)));
}

/** URL of a category's listing; `slugs` runs from the top category down. */
export function categoryUrl(category: { slugs: readonly string[] }, page = 1): string {
  return withBase(pagePath(categoryPath(category), page));
}

const archivesPath = '/archives';
export const archivesIndexUrl = withBase(route(archivesPath));

/** Route segment of an archive month, zero-padded: `/archives/2025/01`, never `/archives/2025/1`. */
export function monthSegment(month: number): string {
  return String(month).padStart(2, '0');
}

/** URL of the archive of every post, or of one year (`/archives/2025`) or month (`/archives/2025/01`). */
export function archivesUrl(year?: number, month?: number): string {
  return withBase(route(archivesPathOf(year, month)));
}

const archivesPathOf = (year?: number, month?: number) => {
  if (year === undefined) return archivesPath;
  const yearPath = `${archivesPath}/${year}`;
  return month === undefined ? yearPath : `${yearPath}/${monthSegment(month)}`;
};

/** Path of page `page` of an archive listing: `/archives/page/2`, `/archives/2025/page/2`, `/archives/2025/01/page/2`. */
export function archivesPageUrl(period: { year?: number; month?: number }, page: number): string {
  return withBase(pagePath(archivesPathOf(period.year, period.month), page));
}

export const searchPageUrl = withBase(route('/search'));

/** Folder under `public/` of the search index (scripts/build-search-index.ts), and its URL. */
export const searchIndexPath = '/search-index';
export const searchIndexUrl = withBase(searchIndexPath);

/** The search page for a query and facet filters; empty values are left out of the URL. */
export function searchUrl(params: { q?: string; tag?: string; category?: string }): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `${searchPageUrl}?${text}` : searchPageUrl;
}

export type FeedFormat = 'rss' | 'atom' | 'json';

const feedPaths: Record<FeedFormat, string> = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' };

/** URL of the site's feed of latest posts in one format. */
export function feedUrl(format: FeedFormat): string {
  return withBase(feedPaths[format]);
}

/** URL of a series' RSS feed, beside its page. */
export function seriesFeedUrl(series: { slug: string }): string {
  return withBase(`${oneSeriesPath(series)}/feed.xml`);
}

/** URL of a tag's RSS feed, beside its listing. */
export function tagFeedUrl(tag: { slug: string }): string {
  return withBase(`${tagPath(tag)}/feed.xml`);
}

/**
 * Path of a category's RSS feed, beside its listing. The catch-all category page cannot have a
 * route below it, so next.config.ts rewrites this path to `app/category-feeds/[...path]`.
 */
export function categoryFeedUrl(category: { slugs: readonly string[] }): string {
  return withBase(`${categoryPath(category)}/feed.xml`);
}

export const sitemapUrl = withBase('/sitemap.xml');

/** Folder under `public/` of the Open Graph images (scripts/build-og-images.ts); `withBase` makes it a URL. */
export const ogImagesPath = '/og';

// A page's image mirrors the page's path (`/tags/x` → `/og/tags/x.png`, a post's `/og/posts/<slug>.png`);
// listings have one image for all their pages, so these take no page number.
const ogImageOf = (path: string) => withBase(`${ogImagesPath}${path === '/' ? '/index' : path}.png`);

/** Open Graph image (1200×630 PNG) of the home page, and of pages without their own (tags, search). */
export const siteOgImageUrl = ogImageOf('/');

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

/** The absolute form of a URL of this site (one of lib/urls.ts's, base path included), for canonical links and feeds. */
export function absoluteUrl(url: string): string {
  return `${site.origin}${url}`;
}

/** An image's absolute URL: one on this site gets the site's base, one elsewhere stays as it is. */
export function absoluteImageUrl(src: string): string {
  return /^https?:\/\//i.test(src) ? src : absoluteUrl(src);
}

/** Pretendard's stylesheet, copied from its npm package by scripts/copy-fonts.ts. */
export const pretendardStylesheetUrl = withBase('/fonts/pretendard/pretendardvariable-dynamic-subset.css');

/** KaTeX's stylesheet (its fonts beside it), copied from its npm package by scripts/copy-fonts.ts. */
export const katexStylesheetUrl = withBase('/fonts/katex/katex.min.css');

/** Path on the site of a site page (`content/pages/about.md` → `/about`), unencoded. */
export function sitePagePath(page: { path: string }): string {
  return route(`/${page.path}`);
}

/** URL of a site page (`content/pages/about.md` → `/about`). */
export function sitePageUrl(page: { path: string }): string {
  return withBase(encodePath(sitePagePath(page)));
}

/** URL of the islands' folder under `public/` (scripts/build-islands.ts). */
export function islandsUrl(dir: string): string {
  return withBase(`/${dir}`);
}

/**
 * Where a post's thread can be found on GitHub without JavaScript: a search of the repository's
 * discussions (giscus) or issues (utterances) for the thread's title.
 */
export function githubThreadsUrl(comments: { provider: 'giscus' | 'utterances'; repo: string }, term: string): string {
  const repo = comments.repo.split('/').map(segment).join('/');
  if (comments.provider === 'giscus') {
    return `https://github.com/${repo}/discussions?discussions_q=${encodeURIComponent(`in:title "${term}"`)}`;
  }
  return `https://github.com/${repo}/issues?q=${encodeURIComponent(`is:issue in:title "${term}"`)}`;
}
