import { categoryTrail } from '../taxonomy';
import type { Post } from '../post-index';
import {
  encodeIds,
  META_FILE,
  shardOf,
  vocabName,
  type Fragment,
  type Postings,
  type SearchMeta,
  type Shard,
  type Vocab,
} from './format';
import { indexKeys } from './tokenize';

/** The files of a built index, by path relative to the index folder. */
export type IndexFiles = Map<string, unknown>;

const TARGET_POSTINGS_PER_SHARD = 40_000;

/**
 * Builds the search index of the published posts (already newest first, from lib/posts.ts):
 * metadata, posting shards, vocabularies for prefix and typo matching, and one text fragment
 * per post (its `text`). Pure: the caller writes the files.
 */
export function buildSearchIndex(posts: readonly Post[]): IndexFiles {
  const tagIds = new Map<string, number>();
  const categoryIds = new Map<string, number>();
  const meta: SearchMeta = {
    version: 3,
    shardCount: 1,
    vocabs: [],
    slugs: [],
    permalinks: [],
    titles: [],
    dates: [],
    postTags: [],
    postCategories: [],
    tags: [],
    categories: [],
    postSeries: [],
    series: [],
  };
  const seriesIds = new Map<string, number>();
  const postings = new Map<string, [number[], number[], number[]]>();
  const add = (keys: Set<string>, field: 0 | 1 | 2, id: number) => {
    for (const key of keys) {
      let lists = postings.get(key);
      if (!lists) postings.set(key, (lists = [[], [], []]));
      lists[field].push(id);
    }
  };

  const files: IndexFiles = new Map();
  posts.forEach((post, id) => {
    meta.slugs.push(post.slug);
    meta.permalinks.push(post.permalink);
    // Titles and fragments are what results highlight: NFC like the index keys, so a post
    // written in decomposed Hangul (macOS) is marked as well as found.
    meta.titles.push(post.title.normalize('NFC'));
    meta.dates.push(post.date.getTime());
    meta.postTags.push(
      post.tags.map((tag) => idFor(tagIds, tag.slug, () => meta.tags.push({ name: tag.name, slug: tag.slug }))),
    );
    const categories = new Set<number>();
    for (const category of post.categories) {
      for (const level of categoryTrail(category)) {
        categories.add(
          idFor(categoryIds, level.slugs.join('/'), () =>
            meta.categories.push({ names: level.names, slugs: level.slugs }),
          ),
        );
      }
    }
    meta.postCategories.push([...categories]);
    const { series } = post;
    meta.postSeries.push(
      series ? idFor(seriesIds, series.slug, () => meta.series.push({ name: series.name, slug: series.slug })) : -1,
    );

    // A series' name finds its parts as a tag's name finds its posts.
    const taxonomy = [
      ...post.tags.map((tag) => tag.name),
      ...post.categories.flatMap((category) => category.names),
      ...(series ? [series.name] : []),
    ];
    add(indexKeys(post.title), 0, id);
    add(indexKeys(taxonomy.join(' \n ')), 1, id);
    add(indexKeys(post.text), 2, id);
    files.set(`posts/${id}.json`, { text: post.text.normalize('NFC') } satisfies Fragment);
  });

  let total = 0;
  for (const lists of postings.values()) total += lists[0].length + lists[1].length + lists[2].length;
  meta.shardCount = Math.max(1, Math.ceil(total / TARGET_POSTINGS_PER_SHARD));

  const shards: Shard[] = Array.from({ length: meta.shardCount }, () => ({}));
  const vocabs = new Map<string, Vocab>();
  for (const [key, [title, taxonomy, body]] of postings) {
    shards[shardOf(key, meta.shardCount)]![key] = [
      encodeIds(title),
      encodeIds(taxonomy),
      encodeIds(body),
    ] satisfies Postings;
    // Words and 초성 keys can be completed or corrected; n-grams are matched exactly.
    if (key.startsWith('w:') || key.startsWith('i:')) {
      const term = key.slice(2);
      const name = `${key[0]}-${vocabName(term)}`;
      const vocab = vocabs.get(name) ?? {};
      vocab[term] = new Set([...title, ...taxonomy, ...body]).size;
      vocabs.set(name, vocab);
    }
  }
  meta.vocabs = [...vocabs.keys()].sort();
  files.set(META_FILE, meta);
  shards.forEach((shard, n) => files.set(`shards/${n}.json`, shard));
  for (const [name, vocab] of vocabs) files.set(`vocab/${name}.json`, vocab);
  return files;
}

function idFor(ids: Map<string, number>, key: string, create: () => void): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
    create();
  }
  return id;
}
