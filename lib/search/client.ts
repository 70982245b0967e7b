import { searchIndexUrl } from '../urls';
import { META_FILE, type Fragment, type SearchMeta, type Shard, type Vocab } from './format';
import type { SearchSource } from './search';

/** URL of one file of the index under `base`: `/search-index/meta.json`, `/search-index/shards/3.json`. */
export function searchIndexFileUrl(name: string, base = searchIndexUrl): string {
  return `${base}/${name}`;
}

/**
 * Fetches index files on demand and keeps them: a reader downloads only the shards their words
 * touch, once. Nothing is fetched until the first search.
 */
export function fetchSource(base = searchIndexUrl): SearchSource {
  const cache = new Map<string, Promise<unknown>>();
  const get = <T>(name: string): Promise<T> => {
    let file = cache.get(name);
    if (!file) {
      file = fetch(searchIndexFileUrl(name, base)).then((response) => {
        if (response.ok) return response.json();
        throw new Error(`search index: ${name} answered ${response.status}`);
      });
      // A failed download may succeed later (flaky network): forget it.
      file.catch(() => cache.delete(name));
      cache.set(name, file);
    }
    return file as Promise<T>;
  };
  return {
    meta: () => get<SearchMeta>(META_FILE),
    shard: (n) => get<Shard>(`shards/${n}.json`),
    vocab: (name) => get<Vocab>(`vocab/${name}.json`),
    fragment: (id) => get<Fragment>(`posts/${id}.json`),
  };
}
