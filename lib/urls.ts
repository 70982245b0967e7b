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

export const searchPageUrl = '/search';

/** The search page for a query and facet filters; empty values are left out of the URL. */
export function searchUrl(params: { q?: string; tag?: string; category?: string }): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `${searchPageUrl}?${text}` : searchPageUrl;
}

/** An absolute URL on this site, for canonical links and feeds. */
export function absoluteUrl(path: string): string {
  return `${site.url}${path}`;
}
