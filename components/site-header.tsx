import { t } from '@/lib/messages';
import { site } from '@/lib/site';
import { archivesUrl, categoriesIndexUrl, homeUrl, searchPageUrl, tagsIndexUrl } from '@/lib/urls';

import { PALETTE_OPENER_ATTRIBUTE } from './islands/hooks';
import { ThemeToggle } from './theme-toggle';

/** Skip link, site title and the main navigation. */
export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-zinc-900 focus:shadow"
      >
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <a href={homeUrl} className="text-lg font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
          {site.title}
        </a>
        <nav aria-label={t.mainNav} className="flex items-center gap-1 text-sm font-medium sm:gap-3">
          <a href={tagsIndexUrl} className="rounded-md px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
            {t.tags}
          </a>
          <a href={categoriesIndexUrl} className="rounded-md px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
            {t.categories}
          </a>
          <a href={archivesUrl()} className="rounded-md px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
            {t.archives}
          </a>
          {/* Opens the search palette (components/islands/palette-opener.ts); without JavaScript, /search. */}
          <a
            href={searchPageUrl}
            {...{ [PALETTE_OPENER_ATTRIBUTE]: '' }}
            aria-keyshortcuts="/ Control+K Meta+K"
            title={t.searchOpen}
            className="rounded-md px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800"
          >
            {t.search}
          </a>
          <ThemeToggle label={t.toggleTheme} />
        </nav>
      </div>
    </header>
  );
}
