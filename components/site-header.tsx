import { t } from '@/lib/messages';
import { menuPages } from '@/lib/pages';
import { postIndex } from '@/lib/posts';
import { site } from '@/lib/site';
import {
  archivesUrl,
  categoriesIndexUrl,
  homeUrl,
  searchPageUrl,
  seriesIndexUrl,
  sitePageUrl,
  tagsIndexUrl,
} from '@/lib/urls';

import { PALETTE_OPENER_ATTRIBUTE } from './islands/hooks';
import { ThemeToggle } from './theme-toggle';

// Every link is a 44 px tap target and never wraps: a label is one word, and a squeezed row must
// move it to the next line whole, never break it (`태/그`).
const navLink =
  'flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md px-2.5 whitespace-nowrap hover:bg-zinc-100 sm:px-3 dark:hover:bg-zinc-800';

/**
 * Skip link, site title, the main navigation (the site's listings, the series when there are any,
 * then the pages of the settings' `menu`) and the theme toggle. On phones the title shares the
 * first row with the toggle (cut with an ellipsis when long) and the navigation takes a row of its
 * own, search at its end under the toggle; from `sm` up all of it is one row. If a language's labels
 * do not fit, the row wraps between links: no label is ever broken.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-zinc-900 focus:shadow"
      >
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-3xl flex-wrap items-center px-4 py-2 sm:gap-2 sm:px-6 sm:py-3">
        <div className="flex min-w-0 flex-1">
          <a
            href={homeUrl}
            className="flex min-h-11 min-w-0 items-center text-lg font-bold tracking-tight text-zinc-900 dark:text-zinc-50"
          >
            <span className="truncate">{site.title}</span>
          </a>
        </div>
        <nav
          aria-label={t.mainNav}
          className="order-last flex basis-full flex-wrap items-center text-sm font-medium sm:order-none sm:basis-auto sm:gap-1"
        >
          <a href={tagsIndexUrl} className={`${navLink} -ml-2.5 sm:ml-0`}>
            {t.tags}
          </a>
          <a href={categoriesIndexUrl} className={navLink}>
            {t.categories}
          </a>
          <a href={archivesUrl()} className={navLink}>
            {t.archives}
          </a>
          {/* Only a site that has a series shows their index. */}
          {postIndex.series.length > 0 && (
            <a href={seriesIndexUrl} className={navLink}>
              {t.series}
            </a>
          )}
          {/* The pages the settings' `menu` lists (`about`), in its order. */}
          {menuPages().map((page) => (
            <a key={page.path} href={sitePageUrl(page)} className={navLink}>
              {page.title}
            </a>
          ))}
          {/* Opens the search palette (components/islands/palette-opener.ts); without JavaScript, /search.
              On phones an icon under the theme toggle, so the row fits 320 px in every language. */}
          <a
            href={searchPageUrl}
            {...{ [PALETTE_OPENER_ATTRIBUTE]: '' }}
            aria-keyshortcuts="/ Control+K Meta+K"
            title={t.searchOpen}
            className={`${navLink} -mr-3 ml-auto sm:mr-0 sm:ml-0`}
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="size-5 shrink-0"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <circle cx="11" cy="11" r="7" />
              <path d="m20 20-3.5-3.5" />
            </svg>
            <span className="max-sm:sr-only">{t.search}</span>
          </a>
        </nav>
        {/* Its icon lines up with the text's right edge. */}
        <ThemeToggle label={t.toggleTheme} className="-mr-3" />
      </div>
    </header>
  );
}
