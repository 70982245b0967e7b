import type { IndexFiles } from './build';
import { META_FILE, type Fragment, type SearchMeta, type Shard, type Vocab } from './format';
import type { SearchSource } from './search';

/** Serves a freshly built index from memory (tests, benchmarks), as the browser would fetch it. */
export function memorySource(files: IndexFiles): SearchSource {
  const read = <T>(name: string, fallback?: T): Promise<T> => {
    const file = files.get(name);
    if (file === undefined && fallback === undefined) return Promise.reject(new Error(`no index file ${name}`));
    return Promise.resolve((file ?? fallback) as T);
  };
  return {
    meta: () => read<SearchMeta>(META_FILE),
    shard: (n) => read<Shard>(`shards/${n}.json`),
    vocab: (name) => read<Vocab>(`vocab/${name}.json`, {}),
    fragment: (id) => read<Fragment>(`posts/${id}.json`),
  };
}
