import { useState } from 'react';

import { t } from '@/lib/messages';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import type { SearchFilters } from '@/lib/search/search';
import { searchUrl } from '@/lib/urls';

import { searchEngine } from './search-engine';
import { SearchFacet } from './search-facets';
import { SearchResultCard } from './search-result';
import { useSearch } from './use-search';

// Ten at a time: each result needs its post's text for the snippet, downloaded as the reader types.
const PAGE_SIZE = 10;

/**
 * The search page's interactive part, rendered in the browser only (components/islands/search.tsx).
 * Query and filters live in the URL (`?q=&tag=&category=`), replaced as the reader types so
 * results can be shared and Back returns to them.
 */
export function SearchView() {
  const [params] = useState(() => new URLSearchParams(location.search));
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const [filters, setFilters] = useState<SearchFilters>(() => ({
    tag: params.get('tag') ?? undefined,
    category: params.get('category') ?? undefined,
  }));
  const [limit, setLimit] = useState(PAGE_SIZE);
  const { response, answered, pending, failed } = useSearch(query, filters, limit, { engine: searchEngine });

  const update = (nextQuery: string, nextFilters: SearchFilters) => {
    setQuery(nextQuery);
    setFilters(nextFilters);
    setLimit(PAGE_SIZE);
    // Search reads only the start of a query; all of it could make a URL the server refuses (431).
    window.history.replaceState(null, '', searchUrl({ q: nextQuery.slice(0, MAX_QUERY_LENGTH), ...nextFilters }));
  };

  return (
    <div className="flex flex-col gap-6">
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-input" className="sr-only">
          {t.searchLabel}
        </label>
        <input
          id="search-input"
          type="search"
          value={query}
          onChange={(event) => update(event.target.value, filters)}
          placeholder={t.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          className="w-full rounded-lg border border-zinc-300 bg-white px-4 py-3 text-lg text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
        />
      </form>
      <p role="status" aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
        {failed
          ? t.searchError
          : !response
            ? t.searchLoading
            : query.trim()
              ? t.searchResults(response.total)
              : t.searchRecent}
      </p>
      {response && (
        // data-results-for lets tests and bench:search see which query the results answer.
        <div className="grid gap-8 md:grid-cols-[1fr_14rem]" data-results-for={answered}>
          <div className={pending ? 'min-w-0 opacity-80' : 'min-w-0'}>
            {response.results.length ? (
              <div className="divide-y divide-zinc-200 dark:divide-zinc-800">
                {response.results.map((result) => (
                  <SearchResultCard key={result.slug} result={result} />
                ))}
              </div>
            ) : (
              <p className="py-6">{t.searchNoResults}</p>
            )}
            {response.total > response.results.length && (
              <button
                type="button"
                onClick={() => setLimit(response.results.length + PAGE_SIZE)}
                disabled={pending}
                className="mt-2 w-full rounded-lg border border-zinc-300 px-4 py-2 font-medium hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800"
              >
                {t.searchMore}
              </button>
            )}
          </div>
          <aside className="flex flex-col gap-6 md:order-first md:col-start-2 md:row-start-1">
            <SearchFacet
              legend={t.facetTags}
              name="tag"
              counts={response.facets.tags}
              selected={filters.tag}
              onSelect={(tag) => update(query, { ...filters, tag })}
            />
            <SearchFacet
              legend={t.facetCategories}
              name="category"
              counts={response.facets.categories}
              selected={filters.category}
              onSelect={(category) => update(query, { ...filters, category })}
            />
          </aside>
        </div>
      )}
    </div>
  );
}
