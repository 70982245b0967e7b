import { isInitialsQuery, stripParticle } from './hangul';
import { decodeIds, FIELD_COUNT, shardOf, vocabName, type SearchMeta, type Shard, type Vocab } from './format';
import { key, ngrams, splitRuns, type Run } from './tokenize';

/** Where the index files come from: `fetch` in the browser, the file system in tests. */
export interface IndexSource {
  meta(): Promise<SearchMeta>;
  shard(n: number): Promise<Shard>;
  /** A vocabulary file listed in the metadata. */
  vocab(name: string): Promise<Vocab>;
}

/** One way a query word can be found: all of `keys` in one field. */
interface Alternative {
  keys: string[];
  /** What the reader will see highlighted: the text this alternative matches. */
  surface: string;
  /** 1 for the word as typed; less for a completion, a stem or a typo fix. */
  quality: number;
  initials?: boolean;
}

/** A query word and the ways it can match; a post must match every term. */
export interface Term {
  text: string;
  alternatives: Alternative[];
}

/** Longer queries are cut: nobody types 10,000 characters on purpose, and it keeps search fast. */
export const MAX_QUERY_LENGTH = 100;
const MAX_EXPANSIONS = 12;
// Title and taxonomy matches rank above body matches.
const FIELD_WEIGHTS = [10, 8, 1] as const;

/**
 * Turns what the reader typed into terms. Hangul and CJK words match through their n-grams
 * (so `지능` is found inside `인공지능`); a Hangul word also matches without its particle;
 * other words match exactly, as a prefix, or (five letters or more) with one typo; a word of
 * initial consonants (`ㅊㅈㄴ`) matches Hangul words that start with them.
 */
export async function parseQuery(query: string, source: IndexSource): Promise<Term[]> {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  const runs = splitRuns(text);
  // While an IME composes, the query ends in a half-built syllable: `인공ㅈ` (drop the lone
  // jamo) or `초지느` (on its way to `초지능`: let the last syllable take any final consonant).
  const composing = /\S$/.test(text) && runs.length > 0;
  const last = runs.at(-1);
  if (composing && last?.kind === 'initials' && runs.at(-2)?.kind === 'hangul' && !/\s\S+$/.test(text)) runs.pop();
  const typing = composing ? runs.at(-1) : undefined;
  return Promise.all(dedupe(runs).map((run) => termFor(run, source, run === typing)));
}

function dedupe(runs: Run[]): Run[] {
  const seen = new Set<string>();
  return runs.filter((run) => !seen.has(run.text) && seen.add(run.text));
}

async function termFor(run: Run, source: IndexSource, typing = false): Promise<Term> {
  const { text } = run;
  if (run.kind === 'hangul' || run.kind === 'cjk') {
    const alternatives: Alternative[] = [{ keys: gramKeys(text), surface: text, quality: 1 }];
    const stem = run.kind === 'hangul' ? stripParticle(text) : undefined;
    if (stem) alternatives.push({ keys: gramKeys(stem), surface: stem, quality: 0.8 });
    if (typing && run.kind === 'hangul') {
      for (const word of withFinals(text)) alternatives.push({ keys: gramKeys(word), surface: word, quality: 0.9 });
    }
    return { text, alternatives };
  }
  if (run.kind === 'initials' || isInitialsQuery(text)) {
    const completions = await complete(source, 'i', text, 0);
    return {
      text,
      alternatives: completions.map(([word, quality]) => ({
        keys: [key.initials(word)],
        surface: text,
        quality,
        initials: true,
      })),
    };
  }
  const completions = await complete(source, 'w', text, text.length >= 5 ? 1 : 0);
  return {
    text,
    alternatives: completions.map(([word, quality]) => ({ keys: [key.word(word)], surface: word, quality })),
  };
}

/** The word with its last syllable given each possible final consonant (`초지느` → `초지늑` … `초지능`). */
function withFinals(word: string): string[] {
  const chars = [...word];
  const code = chars.at(-1)!.codePointAt(0)! - 0xac00;
  if (chars.length < 2 || code % 28 !== 0) return [];
  const stem = chars.slice(0, -1).join('');
  return Array.from({ length: 27 }, (_, i) => stem + String.fromCodePoint(0xac00 + code + i + 1));
}

// Long Hangul words need only their bigrams; a single syllable is its own key.
function gramKeys(text: string): string[] {
  const grams = ngrams(text);
  const bigrams = grams.filter((gram) => [...gram].length === 2);
  return (bigrams.length ? bigrams : grams).map(key.gram);
}

/**
 * Vocabulary entries for a typed word: the word itself, words it begins (most frequent first),
 * and with `typos` = 1 words one edit away. Typos are looked up among words that start with
 * the same character.
 */
async function complete(
  source: IndexSource,
  kind: 'w' | 'i',
  word: string,
  typos: number,
): Promise<[string, number][]> {
  const name = `${kind}-${vocabName(word)}`;
  const vocab = (await source.meta()).vocabs.includes(name) ? await source.vocab(name) : {};
  const found = new Map<string, number>();
  if (vocab[word] !== undefined) found.set(word, 1);
  // One letter would expand to half the vocabulary; completion starts at two.
  if ([...word].length >= 2) {
    let expansions = 0;
    for (const entry of byFrequency(vocab)) {
      if (entry === word || !entry.startsWith(word)) continue;
      found.set(entry, 0.7);
      if (++expansions === MAX_EXPANSIONS) break;
    }
  }
  if (typos && found.size === 0) {
    for (const entry of byFrequency(vocab)) {
      if (withinOneEdit(word, entry)) found.set(entry, 0.5);
    }
  }
  return [...found];
}

// A vocabulary's words, most frequent (then shortest) first; sorted once per file, not per keystroke.
const sortedVocabs = new WeakMap<Vocab, string[]>();

function byFrequency(vocab: Vocab): string[] {
  let words = sortedVocabs.get(vocab);
  if (!words) {
    words = Object.keys(vocab).sort((a, b) => vocab[b]! - vocab[a]! || a.length - b.length);
    sortedVocabs.set(vocab, words);
  }
  return words;
}

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

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
