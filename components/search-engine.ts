import { fetchSource } from '@/lib/search/client';
import { search, type SearchSource } from '@/lib/search/search';

export interface SearchEngine {
  source: SearchSource;
  search: typeof search;
}

let engine: SearchEngine | undefined;

/**
 * The page's one index source and the search over it. The source is made on first use (nothing is
 * downloaded before that) and shared, so the palette and the search page never fetch a file twice.
 */
export function searchEngine(): SearchEngine {
  engine ??= { source: fetchSource(), search };
  return engine;
}
