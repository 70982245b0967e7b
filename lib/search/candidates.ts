import { decodeIds, FIELD_COUNT, shardOf, type Shard } from './format';
import type { IndexSource, Term } from './query';

// Title and taxonomy matches rank above body matches.
const FIELD_WEIGHTS = [10, 8, 1] as const;

/** A candidate post: its id, its score, and which alternative of each term it matched. */
export interface Candidate {
  id: number;
  score: number;
  /** For each term, the surface that matched best, for highlighting. */
  surfaces: string[];
}

/**
 * Finds the posts that match every term, scored by where and how well each term matched.
 * Returned newest first among equal scores (ids are in date order).
 */
export async function findCandidates(terms: Term[], source: IndexSource): Promise<Candidate[]> {
  const meta = await source.meta();
  const postCount = meta.slugs.length;
  const allKeys = new Set(terms.flatMap((term) => term.alternatives.flatMap((alt) => alt.keys)));
  const shardNumbers = new Set([...allKeys].map((k) => shardOf(k, meta.shardCount)));
  const shards = new Map(await Promise.all([...shardNumbers].map(async (n) => [n, await source.shard(n)] as const)));
  const postingsOf = (k: string, field: number): readonly number[] =>
    decodedPostings(shards.get(shardOf(k, meta.shardCount)), k)?.[field] ?? [];

  // Scores and matched alternatives by post id, in typed arrays: a common key lists most of
  // 10,000 posts, and objects per post and term would keep the garbage collector busy.
  const total = new Float64Array(postCount);
  const matched = new Uint8Array(postCount);
  const bestAlternatives: Int32Array[] = [];
  terms.forEach((term, t) => {
    const best = new Float64Array(postCount);
    const bestAlternative = new Int32Array(postCount);
    term.alternatives.forEach((alternative, a) => {
      for (let field = 0; field < FIELD_COUNT; field++) {
        const weight = FIELD_WEIGHTS[field as 0 | 1 | 2] * alternative.quality;
        for (const id of intersect(alternative.keys.map((k) => postingsOf(k, field)))) {
          if (best[id]! < weight) {
            best[id] = weight;
            bestAlternative[id] = a;
          }
        }
      }
    });
    for (let id = 0; id < postCount; id++) {
      if (best[id]! > 0 && matched[id] === t) {
        total[id] = total[id]! + best[id]!;
        matched[id] = t + 1;
      }
    }
    bestAlternatives.push(bestAlternative);
  });

  const candidates: Candidate[] = [];
  for (let id = 0; id < postCount; id++) {
    if (!terms.length || matched[id] !== terms.length) continue;
    const surfaces = terms.map((term, t) => term.alternatives[bestAlternatives[t]![id]!]!.surface);
    candidates.push({ id, score: total[id]!, surfaces });
  }
  return candidates.sort((a, b) => b.score - a.score || a.id - b.id);
}

// Posting lists decoded once per shard file and key: the next keystroke mostly asks for the same.
const decoded = new WeakMap<Shard, Map<string, number[][]>>();

function decodedPostings(shard: Shard | undefined, k: string): number[][] | undefined {
  const raw = shard?.[k];
  if (!shard || !raw) return undefined;
  let keys = decoded.get(shard);
  if (!keys) decoded.set(shard, (keys = new Map()));
  let lists = keys.get(k);
  if (!lists) keys.set(k, (lists = raw.map(decodeIds)));
  return lists;
}

/** The ids in every one of the sorted lists. */
function intersect(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length <= 1) return lists[0] ?? [];
  const [shortest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  return shortest!.filter((id) => rest.every((list) => includesSorted(list, id)));
}

function includesSorted(list: readonly number[], id: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = list[middle]!;
    if (value === id) return true;
    if (value < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
