import { describe, expect, it } from 'vitest';

import { initialsOf, isInitialsQuery, stripParticle } from './hangul';
import { indexKeys, splitRuns } from './tokenize';

describe('hangul', () => {
  it('takes the initial consonants of syllables, leaving other characters', () => {
    expect(initialsOf('초지능')).toBe('ㅊㅈㄴ');
    expect(initialsOf('까닭')).toBe('ㄲㄷ');
    expect(initialsOf('가힣')).toBe('ㄱㅎ');
    expect(initialsOf('a가')).toBe('aㄱ');
  });

  it('tells a 초성 query from jamo typed mid-syllable', () => {
    expect(isInitialsQuery('ㅊㅈㄴ')).toBe(true);
    expect(isInitialsQuery('ㅊㅏ')).toBe(false);
    expect(isInitialsQuery('ㄳ')).toBe(false);
    expect(isInitialsQuery('')).toBe(false);
  });

  it.each([
    ['서울은', '서울'],
    ['에이전트들이', '에이전트'],
    ['서울에서는', '서울'],
    ['학교로', '학교'],
  ])('strips the particle of %s', (word, stem) => {
    expect(stripParticle(word)).toBe(stem);
  });

  it('keeps at least two syllables, and leaves a word without a particle alone', () => {
    expect(stripParticle('나는')).toBeUndefined();
    expect(stripParticle('서울')).toBeUndefined();
  });
});

describe('tokenize', () => {
  it('splits text into runs of one script, in lower case and NFC', () => {
    expect(splitRuns('React.js와 東京に, 인공지능'.normalize('NFD') + ' ㅊㅈ')).toEqual([
      { kind: 'word', text: 'react' },
      { kind: 'word', text: 'js' },
      { kind: 'hangul', text: '와' },
      { kind: 'cjk', text: '東京に' },
      { kind: 'hangul', text: '인공지능' },
      { kind: 'initials', text: 'ㅊㅈ' },
    ]);
  });

  it('indexes Hangul by n-grams and initials, other words whole', () => {
    const keys = indexKeys('인공지능 React');
    expect([...keys].sort()).toEqual(
      ['g:인', 'g:공', 'g:지', 'g:능', 'g:인공', 'g:공지', 'g:지능', 'i:ㅇㄱㅈㄴ', 'w:react'].sort(),
    );
  });
});
