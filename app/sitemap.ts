import type { MetadataRoute } from 'next';

import { siteArchive } from '@/lib/archive-listings';
import { postIndex } from '@/lib/posts';
import { site } from '@/lib/site';
import { buildSitemap, type SitemapPage } from '@/lib/sitemap';
import { archivesUrl } from '@/lib/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap(postIndex, site.postsPerPage, archivePages());
}

function archivePages(): SitemapPage[] {
  return [
    { url: archivesUrl(), posts: postIndex.posts },
    ...siteArchive().flatMap(({ year, months }) => [
      { url: archivesUrl(year), posts: months.flatMap((month) => month.posts) },
      ...months.map((month) => ({ url: archivesUrl(year, month.month), posts: month.posts })),
    ]),
  ];
}
