/** Korean, Chinese and Japanese are read by the character: about 500 a minute. */
export const CHARACTERS_PER_MINUTE = 500;
/** Latin and other spaced scripts are read by the word: about 230 a minute. */
export const WORDS_PER_MINUTE = 230;

/** Hangul (syllables, jamo), CJK ideographs, kana: one UTF-16 unit each. */
function isWide(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0x1100 && code <= 0x11ff) || // Hangul jamo
    (code >= 0x3130 && code <= 0x318f) || // Hangul compatibility jamo
    (code >= 0xa960 && code <= 0xa97f) || // Hangul jamo extended-A
    (code >= 0xd7b0 && code <= 0xd7ff) || // Hangul jamo extended-B
    (code >= 0x3040 && code <= 0x30ff) || // hiragana, katakana
    (code >= 0x31f0 && code <= 0x31ff) || // katakana phonetic extensions
    (code >= 0xff66 && code <= 0xff9f) || // half-width katakana
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xf900 && code <= 0xfaff) // CJK compatibility ideographs
  );
}

// High surrogates of U+20000–U+3FFFF, the CJK extension planes: one ideograph per pair.
const isWideHighSurrogate = (code: number) => code >= 0xd840 && code <= 0xd8bf;

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

function isWordCharacter(text: string, i: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_CHARACTER.test(text[i]!);
}

/**
 * How much there is to read in plain text: Hangul and CJK characters (spaces and punctuation
 * not counted), and words of every other script (`don't` and `2025년`'s `2025` are one word each).
 * A single pass over char codes: a Unicode-property regex over the whole text is ~10× slower,
 * and listings count every card's post.
 */
export function countReading(text: string): { characters: number; words: number } {
  let characters = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWide(code) || isWideHighSurrogate(code)) {
      characters++;
      if (isWideHighSurrogate(code)) i++;
      inWord = false;
    } else if (isWordCharacter(text, i, code)) {
      if (!inWord) words++;
      inWord = true;
    } else {
      // An apostrophe inside a word (don't, it’s) does not end it.
      const apostrophe = code === 0x27 || code === 0x2019;
      inWord = inWord && apostrophe && i + 1 < text.length && isWordCharacter(text, i + 1, text.charCodeAt(i + 1));
    }
  }
  return { characters, words };
}

/**
 * Minutes to read plain text: characters at {@link CHARACTERS_PER_MINUTE}, words at
 * {@link WORDS_PER_MINUTE}, added up, rounded up, at least 1.
 */
export function readingMinutesOfText(text: string): number {
  const { characters, words } = countReading(text);
  // Whole numbers only, so 1,000 characters is exactly 2 minutes, never 2.0000001 → 3.
  const units = characters * WORDS_PER_MINUTE + words * CHARACTERS_PER_MINUTE;
  return Math.max(1, Math.ceil(units / (CHARACTERS_PER_MINUTE * WORDS_PER_MINUTE)));
}
