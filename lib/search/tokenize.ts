import { initialsOf, isInitialConsonant, isSyllable } from './hangul';

/**
 * One run of text in a single script. Hangul and CJK runs are matched inside words through
 * character n-grams; other scripts (Latin, Cyrillic, digits, ...) as whole lower-case words.
 */
export interface Run {
  kind: 'hangul' | 'cjk' | 'word' | 'initials';
  text: string;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

function kindOf(char: string): Run['kind'] | undefined {
  if (isSyllable(char)) return 'hangul';
  if (isInitialConsonant(char)) return 'initials';
  if (CJK.test(char)) return 'cjk';
  if (WORD.test(char)) return 'word';
  return undefined;
}

/** Text as the index sees it: NFC (so NFD Hangul matches) and lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Splits text into runs of one kind; punctuation and spaces end a run. */
export function splitRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  for (const char of normalizeText(text)) {
    const kind = kindOf(char);
    if (kind && current?.kind === kind) current.text += char;
    else {
      current = kind ? { kind, text: char } : undefined;
      if (current) runs.push(current);
    }
  }
  return runs;
}

/** Every unigram and bigram of a run of syllables or ideographs. */
export function ngrams(text: string): string[] {
  const chars = [...text];
  const grams = new Set(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

/** Index keys for a token of one kind; prefixes keep kinds apart in one key space. */
export const key = {
  gram: (gram: string) => `g:${gram}`,
  word: (word: string) => `w:${word}`,
  initials: (initials: string) => `i:${initials}`,
};

/**
 * The index keys of a text: n-grams of Hangul and CJK runs, whole words of other scripts, and
 * the initial consonants (초성) of every Hangul word, so `ㅊㅈㄴ` can find `초지능`.
 */
export function indexKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const run of splitRuns(text)) {
    if (run.kind === 'word') keys.add(key.word(run.text));
    else if (run.kind === 'initials') continue;
    else {
      for (const gram of ngrams(run.text)) keys.add(key.gram(gram));
      if (run.kind === 'hangul') keys.add(key.initials(initialsOf(run.text)));
    }
  }
  return keys;
}
