import type { MetadataRoute } from 'next';

import { pageNumbers } from './pagination';
import { lastModified, type Post, type PostIndex } from './post-index';
import {
  absoluteUrl,
  categoriesIndexUrl,
  categoryUrl,
  homePageUrl,
  postUrl,
  seriesIndexUrl,
  seriesUrl,
  tagsIndexUrl,
  tagUrl,
} from './urls';

/** A page the sitemap lists beyond posts and listings (archives, ...), with the posts it shows. */
export interface SitemapPage {
  url: string;
  posts: readonly Post[];
}

/**
 * Every page of the site for `/sitemap.xml`, with absolute URLs: posts (last changed when they
 * were updated or published), every page of the home, tag and category listings and the index
 * pages, the series index and each series' page (last changed with their newest post).
 */
export function buildSitemap(
  index: PostIndex,
  perPage: number,
  extraPages: readonly SitemapPage[] = [],
): MetadataRoute.Sitemap {
  const listing = (hrefOf: (page: number) => string, posts: readonly Post[]) =>
    pageNumbers(posts.length, perPage).map((page) => entry(hrefOf(page), posts));
  return [
    ...listing(homePageUrl, index.posts),
    ...index.posts.map((post) => ({ url: absoluteUrl(postUrl(post)), lastModified: lastModified(post) })),
    entry(tagsIndexUrl, index.posts),
    ...index.tags.flatMap((tag) => listing((page) => tagUrl(tag, page), index.getPostsByTag(tag))),
    entry(categoriesIndexUrl, index.posts),
    ...index.categories.flatMap((category) =>
      listing((page) => categoryUrl(category, page), index.getPostsByCategory(category)),
    ),
    ...(index.series.length > 0
      ? [
          entry(
            seriesIndexUrl,
            index.series.flatMap((series) => series.parts),
          ),
        ]
      : []),
    ...index.series.map((series) => entry(seriesUrl(series), series.parts)),
    ...extraPages.map((page) => entry(page.url, page.posts)),
  ];
}

// A listing changes whenever any of its posts does (a new post shifts every later page).
function entry(path: string, posts: readonly Post[]): MetadataRoute.Sitemap[number] {
  const newest = posts.reduce<Date | undefined>((max, post) => {
    const date = lastModified(post);
    return max && max >= date ? max : date;
  }, undefined);
  return { url: absoluteUrl(path), ...(newest && { lastModified: newest }) };
}
