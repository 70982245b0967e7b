import { availableParallelism } from 'node:os';

import type { NextConfig } from 'next';

import { basePath, trailingSlash } from './lib/urls';

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone that any Node host can run (see README).
  output: 'standalone',
  poweredByHeader: false,
  // `npm test` type-checks the whole project (`tsc --noEmit`); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Next renders static pages in one worker per core but one: a single worker on a 2-core
  // machine, with the other core idle for most of the build (docs/build.md).
  experimental: { cpus: Math.max(2, availableParallelism() - 1) },
  // No page asks Next to resize images (they are finished files, served as they are), so the image
  // optimizer stays off and its 19 MB of sharp binaries stay out of the standalone folder.
  images: { unoptimized: true },
  // A site page with a diagram is drawn while its page is built (lib/markdown/mermaid.ts), by
  // mermaid-isomorphic from its own files on disk: it must be loaded from node_modules, not bundled.
  serverExternalPackages: ['mermaid-isomorphic'],
  // Diagrams are drawn while pages are built, never by the server: Playwright stays out too (12 MB).
  outputFileTracingExcludes: {
    '*': [
      'node_modules/sharp/**',
      'node_modules/@img/**',
      'node_modules/mermaid-isomorphic/**',
      'node_modules/playwright/**',
      'node_modules/playwright-core/**',
    ],
  },
  // Under a sub-path (`SITE_URL=https://user.github.io/blog`) every route, file and `/_next/` asset
  // lives below it; lib/urls.ts gives the same prefix to every link the pages write themselves.
  ...(basePath && { basePath }),
  // Page paths end in `/` when the post URL pattern does (Hexo's default), as lib/urls.ts builds
  // them; the other form of a URL redirects to it in one hop.
  trailingSlash,
  // proxy.ts redirects the other form itself, in the same hop as an old path's redirect.
  skipTrailingSlashRedirect: true,
  // A category's feed lives beside its listing (`/categories/개발/웹/feed.xml`, lib/urls.ts), but
  // no route can sit below the catch-all category page: serve it from app/category-feeds.
  async rewrites() {
    return [{ source: '/categories/:path+/feed.xml', destination: '/category-feeds/:path+' }];
  },
};

export default nextConfig;
