import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone that any Node host can run (see README).
  output: 'standalone',
  poweredByHeader: false,
  // A category's feed lives beside its listing (`/categories/개발/웹/feed.xml`, lib/urls.ts), but
  // no route can sit below the catch-all category page: serve it from app/category-feeds.
  async rewrites() {
    return [{ source: '/categories/:path+/feed.xml', destination: '/category-feeds/:path+' }];
  },
};

export default nextConfig;
