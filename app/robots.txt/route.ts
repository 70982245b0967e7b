import { robotsTxt } from '@/lib/output/robots';
import { site } from '@/lib/site';
import { absoluteUrl, homeUrl, sitemapUrl, withBase } from '@/lib/urls';

export const dynamic = 'force-static';

// Category feeds are served from /category-feeds/ behind a rewrite; their public URL sits under
// /categories/ (lib/urls.ts), so the inner path is never worth crawling. (Under a sub-path,
// crawlers read the host's own robots.txt, not this one: README, "Static hosting".)
export function GET() {
  const text = robotsTxt({
    home: homeUrl,
    disallow: [withBase('/category-feeds/')],
    sitemap: absoluteUrl(sitemapUrl),
    daumPin: site.verification.daum,
  });
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
