import type { MetadataRoute } from 'next';

import { siteArchive } from '@/lib/archive-listings';
import { archiveSitemapPages } from '@/lib/archive-pages';
import { sitePages } from '@/lib/pages';
import { postIndex } from '@/lib/posts';
import { site } from '@/lib/site';
import { buildSitemap } from '@/lib/sitemap';
import { sitePageUrl } from '@/lib/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  // A theme's placeholder page only sends readers on: not a page to index.
  const pages = sitePages.filter((page) => !page.redirectTo).map((page) => ({ url: sitePageUrl(page), posts: [] }));
  return buildSitemap(postIndex, site.postsPerPage, [
    ...archiveSitemapPages(siteArchive(), site.archivePostsPerPage),
    ...pages,
  ]);
}
