import { describe, expect, it } from 'vitest';

import { search } from './search';
import { indexOf, makePost, slugsFor } from './test-fixtures';

const source = indexOf([
  makePost('web', {
    body: '검색 엔진 만들기',
    tags: ['React'],
    categories: [['개발', '웹']],
    date: '2025-03-01T00:00:00Z',
  }),
  makePost('ml', {
    body: '검색 품질과 인공지능',
    tags: ['React', '인공지능'],
    categories: [['개발', 'AI']],
    date: '2025-02-01T00:00:00Z',
  }),
  makePost('trip', {
    body: '검색 없이 떠난 여행',
    tags: ['여행'],
    categories: [['일상']],
    date: '2025-01-01T00:00:00Z',
  }),
  makePost('other', { body: '아무 상관 없는 글', tags: ['React'], categories: [['개발', '웹']] }),
]);

const counts = (facets: { value: string; count: number }[]) =>
  Object.fromEntries(facets.map((facet) => [facet.value, facet.count]));

describe('search: facets', () => {
  it('counts the matches per tag', async () => {
    const { facets } = await search(source, '검색');
    expect(facets.tags).toEqual([
      { label: 'React', value: 'react', count: 2 },
      { label: '여행', value: '여행', count: 1 },
      { label: '인공지능', value: '인공지능', count: 1 },
    ]);
  });

  it('counts the matches per category, ancestors included', async () => {
    const { facets } = await search(source, '검색');
    expect(counts(facets.categories)).toEqual({ 개발: 2, '개발/웹': 1, '개발/ai': 1, 일상: 1 });
    expect(facets.categories.find((facet) => facet.value === '개발/ai')?.label).toBe('개발 › AI');
  });

  it('narrows results and total to a tag', async () => {
    const response = await search(source, '검색', { tag: 'react' });
    expect(response.results.map((result) => result.slug)).toEqual(['web', 'ml']);
    expect(response.total).toBe(2);
  });

  it('narrows results and total to a category and everything below it', async () => {
    expect(await slugsFor(source, '검색', { category: '개발' })).toEqual(['web', 'ml']);
    expect(await slugsFor(source, '검색', { category: '개발/웹' })).toEqual(['web']);
    expect((await search(source, '검색', { category: '일상' })).total).toBe(1);
  });

  it('combines a tag and a category', async () => {
    const response = await search(source, '검색', { tag: 'react', category: '개발/ai' });
    expect(response.results.map((result) => result.slug)).toEqual(['ml']);
    expect(response.total).toBe(1);
  });

  it('counts tags within the chosen category, and categories within the chosen tag', async () => {
    const byCategory = await search(source, '검색', { category: '개발/웹' });
    expect(counts(byCategory.facets.tags)).toEqual({ react: 1 });
    const byTag = await search(source, '검색', { tag: '인공지능' });
    expect(counts(byTag.facets.categories)).toEqual({ 개발: 1, '개발/ai': 1 });
  });

  it('finds nothing for an unknown tag or category', async () => {
    expect((await search(source, '검색', { tag: 'vue' })).total).toBe(0);
    expect((await search(source, '', { category: '개발/모바일' })).total).toBe(0);
  });

  it('filters an empty query too', async () => {
    expect(await slugsFor(source, '', { tag: 'react' })).toEqual(['web', 'ml', 'other']);
  });

  it('shows each post only its deepest categories', async () => {
    const [result] = (await search(source, '엔진')).results;
    expect(result?.categories).toEqual([{ names: ['개발', '웹'], slugs: ['개발', '웹'] }]);
  });

  it('counts only posts that really match, not n-gram look-alikes', async () => {
    // 인공, 공지 and 지능 all occur here, 인공지능 does not: not a match, so not a count.
    const withLookAlike = indexOf([
      makePost('real', { body: '인공지능 입문', tags: ['AI'] }),
      makePost('look-alike', { body: '인공위성 공지와 지능 검사', tags: ['우주'], categories: [['과학']] }),
    ]);
    const response = await search(withLookAlike, '인공지능');
    expect(response.results.map((result) => result.slug)).toEqual(['real']);
    expect(response.total).toBe(1);
    expect(counts(response.facets.tags)).toEqual({ ai: 1 });
    expect(response.facets.categories).toEqual([]);
    // Also with a filter on: the tag facet counts every match in the chosen category (all).
    const filtered = await search(withLookAlike, '인공지능', { tag: 'ai' });
    expect(counts(filtered.facets.tags)).toEqual({ ai: 1 });
  });
});
