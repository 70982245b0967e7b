// Hangul arithmetic (Unicode 3.12): a syllable is 0xAC00 + (initial × 21 + medial) × 28 + final.

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const PER_INITIAL = 21 * 28;

/** The 19 initial consonants, as compatibility jamo (what a keyboard types: ㄱ, ㄲ, ㄴ, ...). */
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** True for a precomposed Hangul syllable (가–힣). */
export function isSyllable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

/** True for a compatibility consonant that can start a syllable (ㄱ–ㅎ, not ㄳ or vowels). */
export function isInitialConsonant(char: string): boolean {
  return char.length === 1 && INITIALS.includes(char);
}

/** The initial consonant of a syllable (`초` → `ㅊ`); other characters are returned unchanged. */
export function initialOf(char: string): string {
  if (!isSyllable(char)) return char;
  return INITIALS[Math.floor((char.codePointAt(0)! - SYLLABLE_FIRST) / PER_INITIAL)]!;
}

/** The initial consonants of a Hangul word (`초지능` → `ㅊㅈㄴ`). */
export function initialsOf(word: string): string {
  return [...word].map(initialOf).join('');
}

/** True when every character is an initial consonant: the reader is searching by 초성. */
export function isInitialsQuery(text: string): boolean {
  return text.length > 0 && [...text].every(isInitialConsonant);
}

// Particles (조사) and a few plural/copula endings, longest first, so `에이전트들이` → `에이전트`.
const PARTICLES = [
  '들에게서',
  '에게서',
  '으로서',
  '으로써',
  '에서는',
  '에서도',
  '이라고',
  '들이',
  '들은',
  '들을',
  '들의',
  '들도',
  '들과',
  '에서',
  '에게',
  '한테',
  '으로',
  '처럼',
  '까지',
  '부터',
  '보다',
  '라고',
  '이다',
  '입니다',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '에',
  '의',
  '와',
  '과',
  '도',
  '만',
  '로',
  '들',
].sort((a, b) => b.length - a.length);

/**
 * A Hangul word without its trailing particle, when what remains is at least two syllables
 * (`서울은` → `서울`, `에이전트들이` → `에이전트`); otherwise `undefined`. Deliberately
 * conservative: it only widens a search, never narrows it.
 */
export function stripParticle(word: string): string | undefined {
  for (const particle of PARTICLES) {
    if (word.endsWith(particle) && word.length - particle.length >= 2) return word.slice(0, -particle.length);
  }
  return undefined;
}
