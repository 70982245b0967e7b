import type { MetadataRoute } from 'next';

import { absoluteUrl, homeUrl, sitemapUrl, withBase } from '@/lib/urls';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    // Category feeds are served from /category-feeds/ behind a rewrite; their public URL sits
    // under /categories/ (lib/urls.ts), so the inner path is never worth crawling. (Under a
    // sub-path, crawlers read the host's own robots.txt, not this one: README, "Static hosting".)
    rules: { userAgent: '*', allow: homeUrl, disallow: withBase('/category-feeds/') },
    sitemap: absoluteUrl(sitemapUrl),
  };
}
