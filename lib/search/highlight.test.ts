import { describe, expect, it } from 'vitest';

import { highlight, matchRanges, snippet, type Needles, type Segment } from './highlight';

const surfaces = (...words: string[]): Needles => ({ surfaces: words, initials: [] });
const initials = (...words: string[]): Needles => ({ surfaces: [], initials: words });
const textOf = (segments: Segment[]) => segments.map((segment) => segment.text).join('');
const marked = (segments: Segment[]) => segments.filter((segment) => segment.match).map((segment) => segment.text);

/** True when an offset falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, at: number) =>
  /[\ud800-\udbff]/.test(text[at - 1] ?? '') && /[\udc00-\udfff]/.test(text[at] ?? '');

describe('matchRanges', () => {
  it('finds every occurrence, whatever the case', () => {
    expect(matchRanges('React와 REACT, react', surfaces('react'))).toEqual([
      [0, 5],
      [7, 12],
      [14, 19],
    ]);
  });

  it('keeps offsets true when lower-casing would lengthen the text (İ)', () => {
    expect(matchRanges('İstanbul React', surfaces('react'))).toEqual([[9, 14]]);
  });

  it('finds Hangul inside words', () => {
    expect(matchRanges('서울은 서울이다', surfaces('서울'))).toEqual([
      [0, 2],
      [4, 6],
    ]);
  });

  it('marks the syllables a 초성 needle stands for, only in words that start with them', () => {
    expect(matchRanges('초지능은 초지 위 초지능', initials('ㅊㅈㄴ'))).toEqual([
      [0, 3],
      [10, 13],
    ]);
    expect(matchRanges('인공지능', initials('ㅈㄴ'))).toEqual([]);
  });

  it('merges overlapping and touching ranges', () => {
    expect(matchRanges('인공지능', surfaces('인공', '공지'))).toEqual([[0, 3]]);
    expect(matchRanges('인공지능', surfaces('인공', '지능'))).toEqual([[0, 4]]);
  });

  it('takes regular-expression characters literally', () => {
    expect(matchRanges('a(.*+?[b', surfaces('(.*+?['))).toEqual([[1, 7]]);
    expect(matchRanges('abc', surfaces('.', '.*', ''))).toEqual([]);
  });

  it('never splits a surrogate pair', () => {
    const text = '😀react 𠮷野家 😀😀 react 𐐀𐐀';
    const ranges = matchRanges(text, surfaces('react', '𠮷野家', '𐐨𐐨'));
    expect(ranges).toEqual([
      [2, 7],
      [8, 12],
      [18, 23],
      [24, 28],
    ]);
    // Every substring made of whole code points, as a needle: no range may cut a pair.
    const points = [...text];
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j <= Math.min(points.length, i + 4); j++) {
        for (const [start, end] of matchRanges(text, surfaces(points.slice(i, j).join('').toLowerCase()))) {
          expect(splitsPair(text, start) || splitsPair(text, end), `${start}-${end}`).toBe(false);
        }
      }
    }
  });
});

describe('highlight', () => {
  it('splits text into plain and marked segments, keeping the original case', () => {
    expect(highlight('React와 REACT', surfaces('react'))).toEqual([
      { text: 'React', match: true },
      { text: '와 ', match: false },
      { text: 'REACT', match: true },
    ]);
  });

  it('returns markup as plain text', () => {
    expect(highlight('<b>x</b>', surfaces('x'))).toEqual([
      { text: '<b>', match: false },
      { text: 'x', match: true },
      { text: '</b>', match: false },
    ]);
  });
});

describe('snippet', () => {
  const long = `${'앞부분 '.repeat(40)}서울에서 만나요 ${'뒷부분 '.repeat(40)}`.trim();

  it('shows a window around the first match, cut at spaces, with ellipses on both sides', () => {
    const segments = snippet(long, surfaces('서울'));
    expect(segments[0]).toEqual({ text: '… ', match: false });
    expect(segments.at(-1)).toEqual({ text: ' …', match: false });
    const window = textOf(segments.slice(1, -1));
    expect(window.length).toBeLessThanOrEqual(140);
    expect(long).toContain(window);
    expect(window).toContain('서울에서 만나요');
    expect(window).toMatch(/^앞부분 .* 뒷부분$/);
    expect(marked(segments)).toEqual(['서울']);
  });

  it('puts no ellipsis where nothing was cut', () => {
    expect(snippet('서울 이야기', surfaces('서울'))).toEqual([
      { text: '서울', match: true },
      { text: ' 이야기', match: false },
    ]);
    const atEnd = snippet(`${'앞 '.repeat(100)}끝말`, surfaces('끝말'));
    expect(atEnd[0]).toEqual({ text: '… ', match: false });
    expect(atEnd.at(-1)).toEqual({ text: '끝말', match: true });
  });

  it('shows the opening of the text when nothing matches', () => {
    const segments = snippet(long, surfaces('부산'));
    expect(segments[0]?.text.startsWith('앞부분')).toBe(true);
    expect(segments.at(-1)).toEqual({ text: ' …', match: false });
    expect(marked(segments)).toEqual([]);
  });

  it('marks upper-case matches in the window', () => {
    const segments = snippet(`${'word '.repeat(40)}Using REACT today ${'word '.repeat(40)}`, surfaces('react'));
    expect(marked(segments)).toEqual(['REACT']);
  });

  it('turns line breaks into spaces without moving the marks', () => {
    expect(snippet('첫 줄\n서울\n끝', surfaces('서울'))).toEqual([
      { text: '첫 줄 ', match: false },
      { text: '서울', match: true },
      { text: ' 끝', match: false },
    ]);
  });

  it('never cuts a surrogate pair at either end of the window', () => {
    // Padding and window length move both ends across even and odd offsets inside the emoji.
    for (const pad of [0, 1, 2, 3]) {
      for (const length of [139, 140]) {
        const text = `${'😀'.repeat(100)}${'x'.repeat(pad)}서울${'😀'.repeat(100)}`;
        const window = textOf(snippet(text, surfaces('서울'), length));
        expect(window.isWellFormed(), `pad ${pad}, length ${length}`).toBe(true);
        expect(window).toContain('서울');
      }
    }
  });
});
