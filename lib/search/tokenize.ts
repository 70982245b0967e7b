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

const isAsciiLetterOrDigit = (code: number) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

function kindOf(char: string): Run['kind'] | undefined {
  const code = char.charCodeAt(0);
  // Fast path for what most posts are mostly made of: ASCII letters, digits, spaces, punctuation.
  if (code < 0x80) return isAsciiLetterOrDigit(code) ? 'word' : undefined;
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
  const normalized = normalizeText(text);
  // Runs are sliced out of the text rather than built a character at a time: at 10,000 posts
  // that is millions of strings fewer for the garbage collector.
  let kind: Run['kind'] | undefined;
  let start = 0;
  let at = 0;
  for (const char of normalized) {
    const next = kindOf(char);
    if (next !== kind) {
      if (kind) runs.push({ kind, text: normalized.slice(start, at) });
      kind = next;
      start = at;
    }
    at += char.length;
  }
  if (kind) runs.push({ kind, text: normalized.slice(start, at) });
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
      // ngrams() inlined: no array or set per run, which matters at 10,000 posts.
      let previous = '';
      for (const char of run.text) {
        keys.add(key.gram(char));
        if (previous) keys.add(key.gram(previous + char));
        previous = char;
      }
      if (run.kind === 'hangul') keys.add(key.initials(initialsOf(run.text)));
    }
  }
  return keys;
}
