import { paginate, pageNumbers, parsePageParam, type Page } from './pagination';
import { decodeSegment, decodeSegments, splitPagedPath } from './params';
import { postIndex, type CategoryNode, type Post, type TagSummary } from './posts';
import { site } from './site';
import { categoryUrl, homePageUrl, tagUrl } from './urls';

// Every paginated listing (home, tag, category) is cut here, with one posts-per-page setting.

/** One page of a listing, with the URL of any other page of it. */
export interface Listing {
  page: Page<Post>;
  hrefOf: (page: number) => string;
}

const perPage = site.postsPerPage;

/** Page `n` of the home listing, or `undefined` when there is no such page. */
export function homeListing(page: number): Listing | undefined {
  const slice = paginate(postIndex.homePosts, page, perPage);
  return slice && { page: slice, hrefOf: (n) => homePageUrl(n) };
}

/** Page `n` of a tag's listing. */
export function tagListing(tag: TagSummary, page: number): Listing | undefined {
  const slice = paginate(postIndex.getPostsByTag(tag), page, perPage);
  return slice && { page: slice, hrefOf: (n) => tagUrl(tag, n) };
}

/** Page `n` of a category's listing, its subcategories' posts included. */
export function categoryListing(category: CategoryNode, page: number): Listing | undefined {
  const slice = paginate(postIndex.getPostsByCategory(category), page, perPage);
  return slice && { page: slice, hrefOf: (n) => categoryUrl(category, n) };
}

/** Page numbers after the first, for the `/page/N` routes. */
export function laterPages(count: number): number[] {
  return pageNumbers(count, perPage).slice(1);
}

/** A tag listing for raw route params (percent-encoded tag, page number text), or `undefined`. */
export function resolveTagListing(tagParam: string, pageParam = '1') {
  const slug = decodeSegment(tagParam);
  const tag = slug === undefined ? undefined : postIndex.getTag(slug);
  const page = parsePageParam(pageParam);
  const listing = tag && page !== undefined ? tagListing(tag, page) : undefined;
  return tag && listing && { tag, listing };
}

/** A category listing for a raw catch-all param (`['개발', '웹', 'page', '2']`), or `undefined`. */
export function resolveCategoryListing(pathParam: readonly string[]) {
  const segments = decodeSegments(pathParam);
  if (!segments) return undefined;
  const { slugs, page: pageParam = '1' } = splitPagedPath(segments);
  const category = postIndex.getCategory(slugs);
  const page = parsePageParam(pageParam);
  const listing = category && page !== undefined ? categoryListing(category, page) : undefined;
  return category && listing && { category, listing };
}

/** Route params for every tag page, raw Unicode (Next encodes them itself). */
export function tagParams(): { tag: string; page: string }[] {
  return postIndex.tags.flatMap((tag) => laterPages(tag.count).map((page) => ({ tag: tag.slug, page: String(page) })));
}

/** Route params for every category page and its later pages. */
export function categoryParams(): { path: string[] }[] {
  return postIndex.categories.flatMap((category) => [
    { path: category.slugs },
    ...laterPages(category.count).map((page) => ({ path: [...category.slugs, 'page', String(page)] })),
  ]);
}
