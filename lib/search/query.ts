import { isInitialsQuery, stripParticle } from './hangul';
import { vocabName, type SearchMeta, type Shard, type Vocab } from './format';
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
