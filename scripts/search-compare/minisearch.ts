// MiniSearch: one in-memory index, serialized whole with JSON.stringify.
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';

import type { SearchDoc } from './docs';
import { sizeOf, type EngineConfig } from './engine';
import { documentKeys, isPrefixKey, queryKeys, typoBudget } from './keys';

const FIELDS = ['title', 'tags', 'categories', 'body'];

function miniSearch(name: string, options: Partial<Options<SearchDoc>>, searchOptions: SearchOptions): EngineConfig {
  return {
    name,
    runtime: "export { default } from 'minisearch';",
    async build(docs) {
      const index = new MiniSearch<SearchDoc>({
        fields: FIELDS,
        extractField: (doc, field) => {
          const value = doc[field as keyof SearchDoc];
          return Array.isArray(value) ? value.join(' ') : value;
        },
        ...options,
      });
      index.addAll(docs);
      return {
        serialize: async () => sizeOf(JSON.stringify(index)),
        search: async (query, limit) =>
          index
            .search(query, searchOptions)
            .slice(0, limit)
            .map((result) => String(result.id)),
      };
    },
  };
}

export const MINISEARCH: EngineConfig[] = [
  miniSearch('MiniSearch default', {}, {}),
  miniSearch('MiniSearch prefix+fuzzy 0.2', {}, { prefix: true, fuzzy: 0.2 }),
  miniSearch(
    'MiniSearch keys',
    { tokenize: documentKeys, processTerm: (term) => term },
    {
      tokenize: queryKeys,
      processTerm: (term) => term,
      combineWith: 'AND',
      prefix: isPrefixKey,
      fuzzy: (term) => typoBudget(term) || false,
    },
  ),
];
