// The files of the search index, as scripts/build-search-index.ts writes them under /search-index/
// and the browser reads them. Everything a query needs is split so that a reader downloads
// only the pieces its words touch (see docs/search.md).

/** The file name of the index's table of contents (`SearchMeta`), which every search reads first. */
export const META_FILE = 'meta.json';

/** `meta.json`: every published post, newest first; a post's id is its position here. */
export interface SearchMeta {
  version: 3;
  /** Number of posting shards (`shards/N.json`). */
  shardCount: number;
  /** Names of the vocabulary files that exist, so the browser never asks for a missing one. */
  vocabs: string[];
  slugs: string[];
  /** Each post's path on the site, unencoded (lib/urls.ts `postUrl` encodes it). */
  permalinks: string[];
  titles: string[];
  /** Publication instants, in ms since the epoch. */
  dates: number[];
  /** Tag ids of each post (into `tags`). */
  postTags: number[][];
  /** Category ids of each post, ancestors included (into `categories`). */
  postCategories: number[][];
  tags: { name: string; slug: string }[];
  categories: { names: string[]; slugs: string[] }[];
  /** Series id of each post (into `series`), -1 for a post in none. */
  postSeries: number[];
  series: { name: string; slug: string }[];
}

/**
 * Posting lists of one index key, per field: title, taxonomy (tags and categories), body.
 * Each list holds sorted post ids, delta-encoded (`[3, 1, 4]` is posts 3, 4, 8).
 */
export type Postings = [title: number[], taxonomy: number[], body: number[]];

/** `shards/N.json`: the postings of the keys whose hash falls in shard N. */
export type Shard = Record<string, Postings>;

/**
 * `vocab/XXXX.json` (XXXX: the first character's code point in hex): the words and 초성 keys
 * that start with that character, with their document frequency, for prefix and typo matching.
 */
export type Vocab = Record<string, number>;

/** `posts/ID.json`: the plain text of one post, for snippets and exact-phrase checks. */
export interface Fragment {
  text: string;
}

export const FIELD_COUNT = 3;

/**
 * The shard of a key: an FNV-1a hash (stable and fast, so the builder and the browser agree) of
 * the key with the final consonant of its last Hangul syllable dropped. So `g:지느`, `g:지늑` …
 * `g:지능` share a shard: while an IME composes `초지능`, the query `초지느` may end in any of
 * them, and one download covers all 28.
 */
export function shardOf(key: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    let code = key.charCodeAt(i);
    if (i === key.length - 1 && code >= 0xac00 && code <= 0xd7a3) code -= (code - 0xac00) % 28;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}

/** The vocabulary file that holds keys starting with `char`. */
export function vocabName(char: string): string {
  return char.codePointAt(0)!.toString(16).padStart(4, '0');
}

/** Delta-encodes sorted ids. */
export function encodeIds(ids: readonly number[]): number[] {
  return ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!));
}

/** Decodes delta-encoded ids. */
export function decodeIds(deltas: readonly number[]): number[] {
  const ids: number[] = [];
  let last = 0;
  for (const delta of deltas) ids.push((last += delta));
  return ids;
}
