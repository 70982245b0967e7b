// Orama: one in-memory database, serialized whole with `save` (it keeps the documents too).
import { create, insertMultiple, save, search, type Tokenizer } from '@orama/orama';

import { sizeOfParts, type EngineConfig } from './engine';
import { documentKeys, queryKeys } from './keys';

const SCHEMA = { id: 'string', title: 'string', tags: 'string[]', categories: 'string[]', body: 'string' } as const;

// Orama calls the tokenizer with a property name when indexing and without one for a query.
const keysTokenizer: Tokenizer = {
  language: 'english',
  normalizationCache: new Map(),
  tokenize: (raw, _language, prop) => (prop === undefined ? queryKeys(raw) : documentKeys(raw)),
};

/** The full-text search options that differ between configurations. */
interface Options {
  threshold?: number;
  tolerance?: number;
}

function orama(name: string, tokenizer: Tokenizer | undefined, options: Options): EngineConfig {
  return {
    name,
    runtime: "export { create, load, search } from '@orama/orama';",
    async build(docs) {
      const db = create({ schema: SCHEMA, ...(tokenizer && { components: { tokenizer } }) });
      await insertMultiple(db, [...docs]);
      return {
        // JSON.stringify(save(db)), one property at a time.
        serialize: () =>
          sizeOfParts(
            Object.entries(save(db)).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)},`),
          ),
        async search(query, limit) {
          const results = await search(db, { term: query, limit, ...options });
          return results.hits.map((hit) => hit.id);
        },
      };
    },
  };
}

export const ORAMA: EngineConfig[] = [
  orama('Orama default', undefined, {}),
  // threshold 0: every query key must match (the default, 1, returns documents matching any key).
  orama('Orama keys', keysTokenizer, { threshold: 0 }),
];
