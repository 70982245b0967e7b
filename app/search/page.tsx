import type { Metadata } from 'next';
import { preload } from 'react-dom';

import { IslandScript } from '@/components/island-script';
import { SEARCH_VIEW_ID } from '@/components/islands/hooks';
import { t } from '@/lib/messages';
import { searchIndexFileUrl } from '@/lib/search/client';
import { META_FILE } from '@/lib/search/format';
import { pageMetadata } from '@/lib/seo';
import { categoriesIndexUrl, searchPageUrl, tagsIndexUrl } from '@/lib/urls';

export const metadata: Metadata = pageMetadata({
  title: t.search,
  description: t.searchDescription,
  path: searchPageUrl,
});

export default function SearchPage() {
  // The view searches as soon as it runs, and every search starts with the index's table of
  // contents: fetch it beside the script rather than after it (one round trip less before the
  // first results). `anonymous` matches the credentials mode of the view's own fetch().
  preload(searchIndexFileUrl(META_FILE), { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50">{t.search}</h1>
      <noscript>
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-zinc-900 dark:border-amber-700 dark:bg-amber-950 dark:text-zinc-100">
          {t.searchNoScript} <a href={tagsIndexUrl}>{t.allTags}</a> · <a href={categoriesIndexUrl}>{t.allCategories}</a>
        </p>
      </noscript>
      {/* The query is in the URL, which only the browser knows: the view is rendered there. Its
          content is opaque to React, which hydrates the page under `next dev` (after the view may
          have rendered; React would otherwise replace what it did not render). */}
      <div id={SEARCH_VIEW_ID} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />
      <IslandScript name="search" />
    </section>
  );
}
