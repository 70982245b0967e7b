import type { MetadataRoute } from 'next';

import { siteArchive } from '@/lib/archive-listings';
import { archiveSitemapPages } from '@/lib/archive-pages';
import { postIndex } from '@/lib/posts';
import { site } from '@/lib/site';
import { buildSitemap } from '@/lib/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap(postIndex, site.postsPerPage, archiveSitemapPages(siteArchive(), site.archivePostsPerPage));
}
