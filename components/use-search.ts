'use client';

import { useEffect, useState } from 'react';

import type { SearchFilters, SearchResponse, SearchSource } from '@/lib/search/search';

interface SearchState {
  response?: SearchResponse;
  /** The query `response` answers (it lags behind while a newer search runs). */
  answered?: string;
  pending: boolean;
  failed: boolean;
}

// One index source per page load, created on first use: nothing is downloaded before that.
let engine: Promise<{ source: SearchSource; search: typeof import('@/lib/search/search').search }> | undefined;
function loadEngine() {
  engine ??= Promise.all([import('@/lib/search/client'), import('@/lib/search/search')]).then(([client, module]) => ({
    source: client.fetchSource(),
    search: module.search,
  }));
  return engine;
}

/**
 * Runs a search whenever the query or filters change. The previous results stay on screen
 * until the new ones are ready (no flash while an IME composes a syllable), and a slow answer
 * to an old query never replaces a newer one.
 */
export function useSearch(query: string, filters: SearchFilters, limit: number, enabled = true): SearchState {
  const { tag, category } = filters;
  const request = JSON.stringify([query, tag, category, limit]);
  const [state, setState] = useState<SearchState & { request?: string }>({ pending: false, failed: false });

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    loadEngine()
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
  }, [request, query, tag, category, limit, enabled]);

  const settled = state.request === request;
  return { ...state, pending: enabled && !settled, failed: settled && state.failed };
}
