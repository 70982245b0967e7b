import type { MetadataRoute } from 'next';

import { absoluteUrl, sitemapUrl } from '@/lib/urls';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    // Category feeds are served from /category-feeds/ behind a rewrite; their public URL sits
    // under /categories/ (lib/urls.ts), so the inner path is never worth crawling.
    rules: { userAgent: '*', allow: '/', disallow: '/category-feeds/' },
    sitemap: absoluteUrl(sitemapUrl),
  };
}
