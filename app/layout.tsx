import '@/styles/globals.css';

import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { IslandScript } from '@/components/island-script';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { verificationMetadata } from '@/lib/output/verification';
import { analyticsIslandData } from '@/lib/analytics/providers';
import { feedAlternates, openGraphLocale } from '@/lib/seo';
import { site } from '@/lib/site';
import { speculationRules } from '@/lib/speculation-rules';
import { themeScript } from '@/lib/theme';
import { absoluteUrl, pretendardStylesheetUrl, siteOgImageUrl } from '@/lib/urls';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.title, template: `%s · ${site.title}` },
  description: site.description,
  // Pages replace these with their own (lib/seo.ts); a page that sets none still advertises the feeds.
  alternates: { types: feedAlternates() },
  openGraph: { type: 'website', siteName: site.title, locale: openGraphLocale, images: absoluteUrl(siteOgImageUrl) },
  twitter: { card: 'summary_large_image' },
  // Site verification for Google, Naver and Bing; pages set none of their own, so every page has them.
  verification: verificationMetadata(site.verification),
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#18181b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets <html>'s class before the first paint (under `next dev`, before React hydrates).
    <html lang={site.language} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
        {/* Pretendard on wide screens only. Phones read in their own Korean system font (Apple SD
            Gothic Neo on iOS, Noto Sans CJK KR on Android, whose Hangul Pretendard is drawn from):
            a stylesheet whose media does not match neither blocks rendering nor loads its fonts,
            which saves a phone the 12–18 subsets (about 300 KB) of a Korean page and a second of
            Largest Contentful Paint on a slow connection (npm run bench:pages). */}
        <link rel="stylesheet" href={pretendardStylesheetUrl} media="(min-width: 64rem)" />
        <IslandScript name="site" />
        {site.analytics && <IslandScript name="analytics" data={analyticsIslandData(site.analytics)} />}
        <script type="speculationrules" dangerouslySetInnerHTML={{ __html: JSON.stringify(speculationRules) }} />
      </head>
      <body className="flex min-h-dvh flex-col bg-white font-sans text-zinc-800 antialiased dark:bg-zinc-900 dark:text-zinc-200">
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 outline-none sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
