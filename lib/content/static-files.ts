/**
 * Paths the site generates itself: a static file there would hide a page, a feed or a build
 * output, or be overwritten by it. Shared by the build (scripts/copy-static.ts) and the Hexo import.
 */
const GENERATED_FILES = new Set([
  'index.html',
  'robots.txt',
  'sitemap.xml',
  'atom.xml',
  'feed.xml',
  'feed.json',
  'icon.svg',
  '404.html',
]);
const GENERATED_FOLDERS = new Set([
  '_next',
  'posts',
  'tags',
  'categories',
  'archives',
  'search',
  'page',
  'search-index',
  'fonts',
  'islands',
  'og',
  'category-feeds',
]);

/** Whether a static file at `relativePath` (`/`-separated) would shadow something the site generates. */
export function shadowsGeneratedPath(relativePath: string): boolean {
  const normalized = relativePath.normalize('NFC').replace(/^\/+/, '');
  const [first = '', ...rest] = normalized.split('/');
  if (GENERATED_FOLDERS.has(first)) return true;
  return rest.length === 0 && GENERATED_FILES.has(first.toLowerCase());
}
