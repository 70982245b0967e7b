import { describe, expect, it } from 'vitest';

import { decodeSegment, decodeSegments, splitPagedPath } from './params';

const nfd = (text: string) => text.normalize('NFD');

describe('decodeSegment', () => {
  it('decodes percent-encoded Hangul', () => {
    expect(decodeSegment('%EC%86%8C%EC%8B%9D')).toBe('소식');
    expect(decodeSegment('%EA%B0%9C%EB%B0%9C-%EC%9D%BC%EC%A7%80')).toBe('개발-일지');
  });

  it('leaves a plain segment as it is', () => {
    expect(decodeSegment('c-plus-plus')).toBe('c-plus-plus');
    expect(decodeSegment('소식')).toBe('소식');
  });

  it('decodes an encoded slash or percent sign into the one segment', () => {
    expect(decodeSegment('a%2Fb')).toBe('a/b');
    expect(decodeSegment('100%25')).toBe('100%');
  });

  it.each(['%ZZ', '%E0%A4%A', '%', '%EC%86', '%ED%A0%80'])('returns undefined for the malformed %j', (value) => {
    expect(decodeSegment(value)).toBeUndefined();
  });

  it('normalizes NFD to NFC, encoded or not', () => {
    const encodedNfd = encodeURIComponent(nfd('소식'));
    expect(encodedNfd).not.toBe('%EC%86%8C%EC%8B%9D');
    expect(decodeSegment(encodedNfd)).toBe('소식');
    expect(decodeSegment(nfd('소식'))).toBe('소식');
  });
});

describe('decodeSegments', () => {
  it('decodes every segment', () => {
    expect(decodeSegments(['%EA%B0%9C%EB%B0%9C', 'web', encodeURIComponent(nfd('웹'))])).toEqual(['개발', 'web', '웹']);
  });

  it('returns undefined when any segment is malformed', () => {
    expect(decodeSegments(['%EA%B0%9C%EB%B0%9C', '%ZZ'])).toBeUndefined();
    expect(decodeSegments(['%E0%A4%A', 'web'])).toBeUndefined();
  });

  it('decodes no segments to none', () => {
    expect(decodeSegments([])).toEqual([]);
  });
});

describe('splitPagedPath', () => {
  it('splits a paged category path into its slugs and page', () => {
    expect(splitPagedPath(['개발', '웹', 'page', '2'])).toEqual({ slugs: ['개발', '웹'], page: '2' });
    expect(splitPagedPath(['개발', 'page', '3'])).toEqual({ slugs: ['개발'], page: '3' });
  });

  it('leaves a category path without a page whole', () => {
    expect(splitPagedPath(['개발', '웹'])).toEqual({ slugs: ['개발', '웹'], page: undefined });
    expect(splitPagedPath(['개발'])).toEqual({ slugs: ['개발'], page: undefined });
  });

  it('hands the page text over unchecked, for parsePageParam to judge', () => {
    expect(splitPagedPath(['개발', 'page', '02'])).toEqual({ slugs: ['개발'], page: '02' });
    expect(splitPagedPath(['개발', 'page', 'abc'])).toEqual({ slugs: ['개발'], page: 'abc' });
  });

  it('never splits off a page without a category in front of it', () => {
    // `page` is a reserved slug, so these stay slug paths that match no category.
    expect(splitPagedPath(['page'])).toEqual({ slugs: ['page'], page: undefined });
    expect(splitPagedPath(['page', '2'])).toEqual({ slugs: ['page', '2'], page: undefined });
    expect(splitPagedPath([])).toEqual({ slugs: [], page: undefined });
  });

  it('treats a trailing `page` with no number as a slug', () => {
    expect(splitPagedPath(['a', 'page'])).toEqual({ slugs: ['a', 'page'], page: undefined });
    expect(splitPagedPath(['a', 'b', 'page'])).toEqual({ slugs: ['a', 'b', 'page'], page: undefined });
  });

  it('splits only at the second-to-last segment', () => {
    expect(splitPagedPath(['a', 'page', '2', 'b'])).toEqual({ slugs: ['a', 'page', '2', 'b'], page: undefined });
    expect(splitPagedPath(['a', 'page', 'page', '2'])).toEqual({ slugs: ['a', 'page'], page: '2' });
  });

  it('returns a copy, not the array it was given', () => {
    const segments = ['개발', '웹'];
    const { slugs } = splitPagedPath(segments);
    expect(slugs).not.toBe(segments);
  });
});
