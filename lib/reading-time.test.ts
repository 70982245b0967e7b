import { afterEach, describe, expect, it, vi } from 'vitest';

import { t } from './messages';
import { countReading, readingMinutesOfText } from './reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 7}`).join(' ');
const hangul = (n: number) => '가나다라마바사아자차카타파하'.repeat(Math.ceil(n / 14)).slice(0, n);

describe('countReading', () => {
  it('counts Hangul by the character, leaving out spaces and punctuation', () => {
    expect(countReading('서울은 봄이 아름답습니다.')).toEqual({ characters: 11, words: 0 });
  });

  it('counts Japanese and Chinese by the character, an extension-B ideograph once', () => {
    expect(countReading('東京に行きました。')).toEqual({ characters: 8, words: 0 });
    expect(countReading('𠮷野家')).toEqual({ characters: 3, words: 0 });
  });

  it('counts Latin and other spaced scripts by the word', () => {
    expect(countReading("Don't panic, it’s only 42 words — Привет, café!")).toEqual({ characters: 0, words: 8 });
  });

  it('counts both in mixed text, a number beside Hangul as a word', () => {
    expect(countReading('React 훅은 2019년에 나왔습니다')).toEqual({ characters: 9, words: 2 });
  });

  it('reads nothing in empty text', () => {
    expect(countReading('  \n ')).toEqual({ characters: 0, words: 0 });
  });
});

describe('readingMinutesOfText', () => {
  it('reads 1,000 Hangul characters in 2 minutes, 1,001 in 3', () => {
    expect(readingMinutesOfText(hangul(1000))).toBe(2);
    expect(readingMinutesOfText(hangul(1001))).toBe(3);
  });

  it('reads 460 English words in 2 minutes, 461 in 3', () => {
    expect(readingMinutesOfText(words(460))).toBe(2);
    expect(readingMinutesOfText(words(461))).toBe(3);
  });

  it('adds up characters and words in mixed text', () => {
    // 500 characters (1 minute) and 230 words (1 minute).
    expect(readingMinutesOfText(`${hangul(500)} ${words(230)}`)).toBe(2);
    expect(readingMinutesOfText(`${hangul(250)} ${words(115)}`)).toBe(1);
    expect(readingMinutesOfText(`${hangul(251)} ${words(115)}`)).toBe(2);
  });

  it('gives a short or empty post one minute', () => {
    expect(readingMinutesOfText('짧은 글')).toBe(1);
    expect(readingMinutesOfText('')).toBe(1);
  });
});

describe('the reading time shown', () => {
  afterEach(() => {
    vi.doUnmock('./site');
    vi.resetModules();
  });

  it('reads 2분 in Korean', () => {
    expect(t.readingTime(readingMinutesOfText(hangul(1000)))).toBe('2분');
  });

  it('reads 2 min read in English', async () => {
    vi.resetModules();
    vi.doMock('./site', () => ({ site: { language: 'en' } }));
    const { t: english } = await import('./messages');
    expect(english.readingTime(readingMinutesOfText(words(460)))).toBe('2 min read');
  });
});
