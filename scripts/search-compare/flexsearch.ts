// FlexSearch: a Document index over the same four fields, serialized whole with `export`.
import { Charset, Document, type DocumentData, type Id, type IndexOptions } from 'flexsearch';

import { sizeOfParts, type EngineConfig } from './engine';

function flexSearch(name: string, options: IndexOptions): EngineConfig {
  return {
    name,
    runtime: "export { Document } from 'flexsearch';",
    async build(docs) {
      const index = new Document<DocumentData>({
        ...options,
        document: { id: 'id', index: ['title', 'tags', 'categories', 'body'] },
      });
      for (const doc of docs) {
        index.add({ ...doc, tags: doc.tags.join(' '), categories: doc.categories.join(' ') });
      }
      return {
        async serialize() {
          // `export` hands over the index in keyed parts; the browser would fetch them as one JSON file.
          const parts: string[] = [];
          await index.export((key: string, data: string) => {
            parts.push(`${JSON.stringify(key)}:${data},`);
          });
          return sizeOfParts(parts);
        },
        async search(query, limit) {
          const results = index.search(query, { limit, merge: true }) as unknown as { id: Id }[];
          return results.map((result) => String(result.id));
        },
      };
    },
  };
}

export const FLEXSEARCH: EngineConfig[] = [
  flexSearch('FlexSearch default', {}),
  flexSearch('FlexSearch forward', { tokenize: 'forward' }),
  flexSearch('FlexSearch full', { tokenize: 'full' }),
  flexSearch('FlexSearch CJK charset', { encoder: Charset.CJK }),
];
