import { describe, expect, it } from 'vitest';

import { search } from './search';
import { indexOf, makePost, slugsFor } from './test-fixtures';

const sorted = (slugs: string[]) => [...slugs].sort();

describe('search: Korean inside words', () => {
  const source = indexOf([
    makePost('ai-body', { body: '요즘 인공지능 이야기가 많다' }),
    makePost('super-title', { title: '초지능에 대하여', body: '먼 미래의 일' }),
    makePost('ai-tag', { body: '오늘의 기록', tags: ['인공지능'] }),
    makePost('super-category', { body: '생각 정리', categories: [['기술', '초지능']] }),
    // 지 and 능 in the same text, never next to each other.
    makePost('neither', { body: '지도를 들고 능선을 걸었다' }),
    // 인공, 공지 and 지능 are all here, but not 인공지능: only the text can tell.
    makePost('scattered-grams', { body: '인공위성 공지 사항과 지능 검사' }),
  ]);

  it('finds 지능 inside 인공지능 and 초지능, in body, title, tags and categories', async () => {
    expect(sorted(await slugsFor(source, '지능'))).toEqual(
      sorted(['ai-body', 'super-title', 'ai-tag', 'super-category', 'scattered-grams']),
    );
  });

  it('does not find a post that has 지 and 능 but not 지능', async () => {
    expect(await slugsFor(source, '지능')).not.toContain('neither');
  });

  it('does not find a post that has every bigram of 인공지능 but not the word', async () => {
    expect(sorted(await slugsFor(source, '인공지능'))).toEqual(['ai-body', 'ai-tag']);
  });

  it('matches decomposed (NFD) Hangul as typed on macOS', async () => {
    expect(await slugsFor(source, '초지능'.normalize('NFD'))).toEqual(await slugsFor(source, '초지능'));
    expect(await slugsFor(source, '초지능'.normalize('NFD'))).toContain('super-title');
  });

  it('marks matches in a post written in decomposed (NFD) Hangul', async () => {
    const decomposed = indexOf([
      makePost('nfd', { title: '서울 여행'.normalize('NFD'), body: `${'앞 '.repeat(80)}서울은 봄`.normalize('NFD') }),
    ]);
    const [result] = (await search(decomposed, '서울')).results;
    expect(result?.title.filter((segment) => segment.match)).toEqual([{ text: '서울', match: true }]);
    expect(result?.snippet.filter((segment) => segment.match)).toEqual([{ text: '서울', match: true }]);
  });
});

describe('search: particles and endings', () => {
  const source = indexOf([
    makePost('seoul', { body: '서울은 봄이 좋다', date: '2025-01-01T00:00:00Z' }),
    makePost('agents', { body: '에이전트들이 일을 나눈다', date: '2025-01-02T00:00:00Z' }),
    // Newer than `agents`, so only the ranking can put it second.
    makePost('agent', { body: '에이전트 하나로 충분하다', date: '2025-01-03T00:00:00Z' }),
    makePost('partial', { body: '에이전시와 계약했다', date: '2025-01-04T00:00:00Z' }),
  ]);

  it('finds 서울 in 서울은', async () => {
    expect(await slugsFor(source, '서울')).toEqual(['seoul']);
  });

  it('finds 에이전트 in 에이전트들이', async () => {
    expect(sorted(await slugsFor(source, '에이전트'))).toEqual(['agent', 'agents']);
  });

  it('finds the exact form of 에이전트들이 first, then the stem alone', async () => {
    expect(await slugsFor(source, '에이전트들이')).toEqual(['agents', 'agent']);
  });

  it('ranks the exact form first even when neither post has the query as a phrase', async () => {
    // Words out of order: no phrase bonus, so only the stem's lower weight decides.
    expect(await slugsFor(source, '나눈다 에이전트들이')).toEqual(['agents']);
    const both = indexOf([
      makePost('agents', { body: '에이전트들이 일을 나눈다', date: '2025-01-01T00:00:00Z' }),
      makePost('agent', { body: '에이전트 하나가 일을 나눈다', date: '2025-02-01T00:00:00Z' }),
    ]);
    expect(await slugsFor(both, '나눈다 에이전트들이')).toEqual(['agents', 'agent']);
  });

  it('finds 서울 for 서울에서 through its stem', async () => {
    expect(await slugsFor(source, '서울에서')).toEqual(['seoul']);
  });

  it('does not widen a word past its stem', async () => {
    expect(await slugsFor(source, '에이전트들이')).not.toContain('partial');
  });
});

describe('search: initial consonants (초성)', () => {
  const source = indexOf([
    makePost('super', { title: '초지능 시대', body: '초지능은 아직 멀었다' }),
    makePost('ai', { body: '인공지능 이야기' }),
    makePost('grassland', { body: '초지 위의 양 떼' }),
  ]);

  it('finds 초지능 for ㅊㅈㄴ and 인공지능 for ㅇㄱㅈㄴ', async () => {
    expect(await slugsFor(source, 'ㅊㅈㄴ')).toEqual(['super']);
    expect(await slugsFor(source, 'ㅇㄱㅈㄴ')).toEqual(['ai']);
  });

  it('does not find a word whose initials are shorter than the query (초지 for ㅊㅈㄴ)', async () => {
    expect(await slugsFor(source, 'ㅊㅈㄴ')).not.toContain('grassland');
  });

  it('finds a word its initials begin (ㅊㅈ → 초지능, 초지)', async () => {
    expect(sorted(await slugsFor(source, 'ㅊㅈ'))).toEqual(['grassland', 'super']);
  });

  it('marks the syllables the initials stand for', async () => {
    const [result] = (await search(source, 'ㅊㅈㄴ')).results;
    expect(result?.title).toEqual([
      { text: '초지능', match: true },
      { text: ' 시대', match: false },
    ]);
    expect(result?.snippet).toEqual([
      { text: '초지능', match: true },
      { text: '은 아직 멀었다', match: false },
    ]);
  });
});

describe('search: typing in progress', () => {
  const source = indexOf([makePost('ai', { body: '인공지능 이야기' }), makePost('super', { body: '초지능' })]);
  const halfTyped = ['인공ㅈ', 'ㅇ', 'ㅏ', '초지느', 'ㄳ', '인ㄱ', 'ㅊㅈㄴㄴㄴ', '인공지'.normalize('NFD') + 'ᄂ'];

  it.each(halfTyped)('does not throw on %s', async (query) => {
    await expect(search(source, query)).resolves.toMatchObject({ results: expect.any(Array) });
  });

  it('finds nothing for a lone vowel', async () => {
    expect(await slugsFor(source, 'ㅏ')).toEqual([]);
  });
});
