import { useLayoutEffect, useState } from 'react';

import type { SearchFilters, SearchResponse } from '@/lib/search/search';

import type { SearchEngine } from './search-engine';

interface SearchState {
  response?: SearchResponse;
  /** The query `response` answers (it lags behind while a newer search runs). */
  answered?: string;
  pending: boolean;
  failed: boolean;
}

/** Where a view gets the engine from. */
export type EngineLoader = () => SearchEngine | Promise<SearchEngine>;

/**
 * The engine as a chunk of its own, downloaded when first needed: for the palette, which every page
 * has and few readers open. The search page imports `searchEngine` instead, so the engine arrives
 * with the page's scripts rather than one round trip after them.
 */
export const lazyEngine: EngineLoader = () => import('./search-engine').then((module) => module.searchEngine());

/**
 * Runs a search whenever the query or filters change. The previous results stay on screen
 * until the new ones are ready (no flash while an IME composes a syllable), and a slow answer
 * to an old query never replaces a newer one.
 */
export function useSearch(
  query: string,
  filters: SearchFilters,
  limit: number,
  { enabled = true, engine = lazyEngine }: { enabled?: boolean; engine?: EngineLoader } = {},
): SearchState {
  const { tag, category } = filters;
  const request = JSON.stringify([query, tag, category, limit]);
  const [state, setState] = useState<SearchState & { request?: string }>({ pending: false, failed: false });

  // A layout effect starts the search as soon as the keystroke's render is committed. Preact
  // (these islands run on preact/compat) runs plain effects after the next paint: a frame later.
  useLayoutEffect(() => {
    if (!enabled) return;
    let current = true;
    Promise.resolve(engine())
      .then(({ source, search }) => search(source, query, { tag, category }, limit))
      .then((response) => {
        if (current) setState({ request, response, answered: query, pending: false, failed: false });
      })
      .catch(() => {
        if (current) setState((previous) => ({ ...previous, request, failed: true }));
      });
    return () => {
      current = false;
    };
  }, [request, query, tag, category, limit, enabled, engine]);

  const settled = state.request === request;
  return { ...state, pending: enabled && !settled, failed: settled && state.failed };
}
