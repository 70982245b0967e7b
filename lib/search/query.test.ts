import { describe, expect, it } from 'vitest';

import { findCandidates } from './candidates';
import { MAX_QUERY_LENGTH, parseQuery, withinOneEdit } from './query';
import { indexOf, makePost } from './test-fixtures';

describe('withinOneEdit', () => {
  it('accepts the same word', () => {
    expect(withinOneEdit('react', 'react')).toBe(true);
  });

  it.each([
    ['react', 'reakt'],
    ['react', 'xeact'],
    ['react', 'reacx'],
  ])('accepts one substitution (%s, %s)', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
  });

  it.each([
    ['compnent', 'component'],
    ['eact', 'react'],
    ['react', 'reacts'],
    ['', 'a'],
  ])('accepts one insertion (%s → %s)', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
  });

  it.each([
    ['component', 'compnent'],
    ['xreact', 'react'],
    ['reacts', 'react'],
  ])('accepts one deletion (%s → %s)', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
  });

  it.each([
    ['javascrpit', 'javascript'],
    ['ab', 'ba'],
    ['raect', 'react'],
    ['reatc', 'react'],
  ])('accepts one swap of neighbours (%s, %s)', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
  });

  it.each([
    ['react', 'rxacy'],
    ['react', 'raetc'],
    ['react', 'xeacty'],
    ['react', 'reactxy'],
    ['abc', 'cab'],
    ['abcd', 'ab'],
    ['', 'ab'],
    ['javscrpit', 'javascript'],
  ])('rejects two edits (%s, %s)', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
    expect(withinOneEdit(b, a)).toBe(false);
  });
});

describe('parseQuery', () => {
  const source = indexOf([makePost('agents', { body: '에이전트들이 React를 쓴다' })]);

  it('gives a Hangul word its stem as a weaker alternative', async () => {
    // A trailing space: the word is finished, so no half-typed syllable is completed.
    const [term] = await parseQuery('에이전트들이 ', source);
    expect(term?.alternatives.map(({ surface, quality }) => [surface, quality])).toEqual([
      ['에이전트들이', 1],
      ['에이전트', 0.8],
    ]);
  });

  it('lets the syllable being composed take any final consonant', async () => {
    const [term] = await parseQuery('초지느', source);
    const surfaces = term?.alternatives.map(({ surface }) => surface) ?? [];
    expect(surfaces).toContain('초지능');
    expect(surfaces).toContain('초지늑');
    expect(surfaces).not.toContain('초지나');
  });

  it('drops a lone jamo typed right after a syllable', async () => {
    expect((await parseQuery('인공ㅈ', source)).map((term) => term.text)).toEqual(['인공']);
    expect((await parseQuery('인공 ㅈ', source)).map((term) => term.text)).toEqual(['인공', 'ㅈ']);
  });

  it('makes one term of a word typed twice, in any case', async () => {
    expect((await parseQuery('React react REACT', source)).map((term) => term.text)).toEqual(['react']);
  });

  it('cuts a long query', async () => {
    const terms = await parseQuery('x'.repeat(10_000), source);
    expect(terms.map((term) => term.text.length)).toEqual([MAX_QUERY_LENGTH]);
  });
});

describe('findCandidates', () => {
  const source = indexOf([
    makePost('body-old', { body: '서울 이야기', date: '2024-01-01T00:00:00Z' }),
    makePost('body-new', { body: '서울 이야기', date: '2025-01-01T00:00:00Z' }),
    makePost('title', { title: '서울', date: '2023-01-01T00:00:00Z' }),
    makePost('tag', { tags: ['서울'], date: '2022-01-01T00:00:00Z' }),
    makePost('elsewhere', { body: '부산 이야기', date: '2021-01-01T00:00:00Z' }),
  ]);

  it('scores title above tags above body, newest first among equals', async () => {
    const { slugs } = await source.meta();
    const candidates = await findCandidates(await parseQuery('서울', source), source);
    expect(candidates.map(({ id, score, surfaces }) => [slugs[id], score, surfaces])).toEqual([
      ['title', 10, ['서울']],
      ['tag', 8, ['서울']],
      ['body-new', 1, ['서울']],
      ['body-old', 1, ['서울']],
    ]);
  });

  it('needs every term', async () => {
    const { slugs } = await source.meta();
    const candidates = await findCandidates(await parseQuery('이야기 부산', source), source);
    expect(candidates.map(({ id }) => slugs[id])).toEqual(['elsewhere']);
  });
});
