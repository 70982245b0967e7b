import { describe, expect, it } from 'vitest';

import { buildPostIndex, type SourcePost } from '../post-index';
import { sourcePost } from '../test-fixtures';
import { buildSearchIndex } from './build';
import { memorySource } from './memory-source';
import { search } from './search';
import { indexOf, makePost, slugsFor } from './test-fixtures';

// In each pair below the post that must lose is the newer one, so newest-first alone would
// put it on top: only the ranking rule under test can make the test pass.
describe('search: ranking', () => {
  it('ranks a title match above a body-only match', async () => {
    const source = indexOf([
      makePost('in-title', { title: '서울 여행', date: '2025-01-01T00:00:00Z' }),
      makePost('in-body', { body: '서울 여행 이야기', date: '2025-02-01T00:00:00Z' }),
    ]);
    // Out of order, so no post gets the exact-phrase bonus.
    expect(await slugsFor(source, '여행 서울')).toEqual(['in-title', 'in-body']);
    expect(await slugsFor(source, '서울')).toEqual(['in-title', 'in-body']);
  });

  it('ranks a tag match above a body-only match', async () => {
    const source = indexOf([
      makePost('tagged', { body: '짐 싸기', tags: ['여행'], date: '2025-01-01T00:00:00Z' }),
      makePost('in-body', { body: '여행 이야기', date: '2025-02-01T00:00:00Z' }),
    ]);
    expect(await slugsFor(source, '여행')).toEqual(['tagged', 'in-body']);
  });

  it('ranks a category match above a body-only match', async () => {
    const source = indexOf([
      makePost('filed', { body: '짐 싸기', categories: [['일상', '여행']], date: '2025-01-01T00:00:00Z' }),
      makePost('in-body', { body: '여행 이야기', date: '2025-02-01T00:00:00Z' }),
    ]);
    expect(await slugsFor(source, '여행')).toEqual(['filed', 'in-body']);
  });

  it('ranks an exact phrase above the same words scattered', async () => {
    const source = indexOf([
      makePost('phrase', { body: '서울 봄 풍경', date: '2025-01-01T00:00:00Z' }),
      makePost('scattered', { body: '봄이 오면 서울에 간다', date: '2025-02-01T00:00:00Z' }),
    ]);
    expect(await slugsFor(source, '서울 봄')).toEqual(['phrase', 'scattered']);
  });

  it('lists newer posts first among equal scores', async () => {
    const source = indexOf([
      makePost('old', { body: '서울 이야기', date: '2024-05-01T00:00:00Z' }),
      makePost('new', { body: '서울 이야기', date: '2025-05-01T00:00:00Z' }),
      makePost('mid', { body: '서울 이야기', date: '2024-12-01T00:00:00Z' }),
    ]);
    expect(await slugsFor(source, '서울')).toEqual(['new', 'mid', 'old']);
  });
});

describe('search: drafts', () => {
  const source = (slug: string, overrides: Partial<SourcePost>) =>
    sourcePost(slug, { displayTitle: slug, summary: '', body: { html: '' }, ...overrides });
  const { posts } = buildPostIndex([
    source('public', { displayTitle: '공개 글', body: { html: '<p>누구나 읽는 nebula</p>' }, tagNames: ['공개'] }),
    source('draft', {
      displayTitle: '비밀 초안',
      isPublished: false,
      body: { html: '<p>미공개 원고 quasar</p>' },
      tagNames: ['비밀'],
      categoryPaths: [['숨김']],
    }),
  ]);
  const index = memorySource(buildSearchIndex(posts));

  it('finds the published post', async () => {
    expect(await slugsFor(index, 'nebula')).toEqual(['public']);
  });

  it.each(['비밀', '초안', '미공개', '원고', 'quasar', '숨김', 'ㅁㄱㄱ'])(
    'finds nothing for the draft word %s',
    async (query) => {
      expect(await slugsFor(index, query)).toEqual([]);
    },
  );

  it('lists no draft and no draft tag or category for an empty query', async () => {
    const response = await search(index, '');
    expect(response.results.map((result) => result.slug)).toEqual(['public']);
    expect(response.facets.tags.map((tag) => tag.label)).toEqual(['공개']);
    expect(response.facets.categories).toEqual([]);
  });
});

describe('search: bad input', () => {
  const source = indexOf([
    makePost('seoul', { body: '서울 이야기', date: '2025-03-01T00:00:00Z' }),
    makePost('markup', {
      title: 'XSS <script>alert(1)</script> 시험',
      html: '<p>&lt;b&gt;x&lt;/b&gt; 태그는 굵게, &lt;script&gt;alert(1)&lt;/script&gt; 는 막는다</p>',
      date: '2025-02-01T00:00:00Z',
    }),
    makePost('regex', { body: '정규식 a.b 와 a+b', date: '2025-01-01T00:00:00Z' }),
  ]);
  const plainText = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');

  it.each(['', '   ', '\n\t'])('lists the newest posts for an empty query (%j)', async (query) => {
    const response = await search(source, query);
    expect(response.results.map((result) => result.slug)).toEqual(['seoul', 'markup', 'regex']);
    expect(response.total).toBe(3);
  });

  it('lists only `limit` posts but counts them all', async () => {
    const response = await search(source, '', {}, 2);
    expect(response.results.map((result) => result.slug)).toEqual(['seoul', 'markup']);
    expect(response.total).toBe(3);
  });

  it('answers a 10,000-character query', async () => {
    await expect(slugsFor(source, 'ㅋ'.repeat(10_000))).resolves.toEqual([]);
    await expect(slugsFor(source, 'a'.repeat(10_000))).resolves.toEqual([]);
    expect(await slugsFor(source, '서울 '.repeat(3_334))).toEqual(['seoul']);
  });

  it('treats regular-expression characters as text', async () => {
    expect(await slugsFor(source, '서울(.*+?[')).toEqual(['seoul']);
    expect(await slugsFor(source, 'a.b')).toEqual(['regex']);
    // Nothing searchable is left: the query lists what an empty one lists, and marks nothing.
    const response = await search(source, '(.*+?[');
    expect(response.results.map((result) => result.slug)).toEqual(['seoul', 'markup', 'regex']);
    expect(response.results.flatMap((result) => result.snippet).filter((segment) => segment.match)).toEqual([]);
  });

  it('treats HTML in the query as text, and returns it as plain segments', async () => {
    const [result] = (await search(source, '<b>x</b>')).results;
    expect(result?.slug).toBe('markup');
    expect(plainText(result!.snippet)).toBe('<b>x</b> 태그는 굵게, <script>alert(1)</script> 는 막는다');
    expect(result?.snippet.slice(0, 4)).toEqual([
      { text: '<', match: false },
      { text: 'b', match: true },
      { text: '>', match: false },
      { text: 'x', match: true },
    ]);
  });

  it('returns a script tag in a title and a query as text', async () => {
    const response = await search(source, '<script>alert(1)</script>');
    expect(response.results.map((result) => result.slug)).toEqual(['markup']);
    const [result] = response.results;
    expect(plainText(result!.title)).toBe('XSS <script>alert(1)</script> 시험');
    expect(result!.title.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([
      'script',
      'alert',
      '1',
      'script',
    ]);
  });
});
