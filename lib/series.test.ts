import { describe, expect, it } from 'vitest';

import { buildPostIndex, type Post } from './post-index';
import { sourcePost as source } from './test-fixtures';

const slugsOf = (posts: readonly Post[]) => posts.map((post) => post.slug);
const part = (slug: string, date: string, name: string, order?: number, more = {}) =>
  source(slug, { publishedAt: `${date}T00:00:00Z`, seriesEntry: { name, order }, ...more });

describe('series', () => {
  const index = buildPostIndex([
    part('search-2', '2025-01-02', '한글 검색 만들기'),
    part('search-1', '2025-01-05', '한글 검색 만들기', 1),
    part('search-3', '2025-01-03', '한글 검색 만들기'),
    part('search-draft', '2025-01-04', '한글 검색 만들기', undefined, { isPublished: false }),
    part('rust-1', '2024-06-01', 'Rust 入門'),
    part('rust-2', '2024-06-02', 'rust 入門', undefined, { updatedAt: '2025-02-01T00:00:00Z' }),
    part('slash', '2023-01-01', 'Rust/入門'),
    source('alone', { publishedAt: '2025-01-06T00:00:00Z' }),
  ]);
  const search = index.getSeries('한글-검색-만들기')!;

  it('orders the parts by series_order first, then by date, and never counts a draft', () => {
    expect(slugsOf(search.parts)).toEqual(['search-1', 'search-2', 'search-3']);
    expect(search).toMatchObject({ name: '한글 검색 만들기', slug: '한글-검색-만들기' });
  });

  it('names and slugs series as tags: readable Unicode, case-insensitive, collision-free', () => {
    expect(index.series.map(({ name, slug, parts }) => [name, slug, parts.length])).toEqual([
      // The most recently updated first: rust-2 was updated on 1 February.
      ['Rust 入門', 'rust-入門', 2],
      ['한글 검색 만들기', '한글-검색-만들기', 3],
      ['Rust/入門', 'rust-入門-2', 1],
    ]);
    expect(index.getSeries('RUST-入門')).toBeUndefined();
    expect(index.getSeries('rust-入門'.normalize('NFD'))?.name).toBe('Rust 入門');
  });

  it('gives each part its number and the parts around it, and a post outside any series none', () => {
    const second = index.getSeriesPart(index.getPost('search-2')!)!;
    expect(second.number).toBe(2);
    expect(second.series.parts).toHaveLength(3);
    expect([second.previous?.slug, second.next?.slug]).toEqual(['search-1', 'search-3']);
    const first = index.getSeriesPart(index.getPost('search-1')!)!;
    expect([first.number, first.previous, first.next?.slug]).toEqual([1, undefined, 'search-2']);
    expect(index.getSeriesPart(index.getPost('alone')!)).toBeUndefined();
    expect(index.getPost('search-2')!.series).toEqual({ name: '한글 검색 만들기', slug: '한글-검색-만들기' });
  });

  it('has no series when no published post names one', () => {
    expect(buildPostIndex([part('draft', '2025-01-01', '초안', 1, { isPublished: false })]).series).toEqual([]);
  });
});
