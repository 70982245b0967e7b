// The "keys" tokenizer given to general-purpose engines: documents get lib/search's index keys
// (Hangul and CJK n-grams, whole words, 초성); a query becomes the keys it must all match.
import { stripParticle } from '../../lib/search/hangul';
import { indexKeys, key, splitRuns } from '../../lib/search/tokenize';

/** A document's index keys, e.g. `g:지능`, `w:react`, `i:ㅊㅈㄴ`. */
export function documentKeys(text: string): string[] {
  return [...indexKeys(text)];
}

/**
 * The keys a query must all match: bigrams of each Hangul or CJK run (a particle stripped first,
 * so `에이전트들이` asks for 에이·이전·전트), the run itself when it is one character, and
 * whole words and 초성 as typed (the engine adds prefix matching for those).
 */
export function queryKeys(query: string): string[] {
  const keys = new Set<string>();
  for (const run of splitRuns(query)) {
    if (run.kind === 'word') keys.add(key.word(run.text));
    else if (run.kind === 'initials') keys.add(key.initials(run.text));
    else {
      const chars = [...(run.kind === 'hangul' ? (stripParticle(run.text) ?? run.text) : run.text)];
      if (chars.length === 1) keys.add(key.gram(chars[0]!));
      for (let i = 0; i + 1 < chars.length; i++) keys.add(key.gram(chars[i]! + chars[i + 1]!));
    }
  }
  return [...keys];
}

/** Keys that should also match longer keys: a word or 초성 still being typed. */
export const isPrefixKey = (term: string) => term.startsWith('w:') || term.startsWith('i:');

/**
 * Edits allowed in a word key: none under 5 letters, 1 from 5, 2 from 8. Engines count
 * Levenshtein edits, where swapping two letters (`javascrpit`) costs 2.
 */
export function typoBudget(term: string): number {
  if (!term.startsWith('w:')) return 0;
  const length = [...term].length - 2;
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}
