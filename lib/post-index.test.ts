import { describe, expect, it } from 'vitest';

import { buildPostIndex, type Post } from './post-index';
import { sourcePost as source } from './test-fixtures';

const slugsOf = (posts: readonly Post[]) => posts.map((post) => post.slug);
const nfd = (text: string) => text.normalize('NFD');

describe('buildPostIndex: posts', () => {
  it('turns a source into a post', () => {
    const { posts } = buildPostIndex([
      source('첫-글', {
        displayTitle: '첫 글',
        publishedAt: '2025-03-01T09:30:00+09:00',
        updatedAt: '2025-03-02T00:00:00.000Z',
        summary: '요약',
        body: { html: '<p>본문</p>' },
        _raw: { sourceFilePath: '2025/첫-글.md' },
      }),
    ]);
    expect(posts).toEqual([
      {
        slug: '첫-글',
        permalink: '/posts/첫-글',
        title: '첫 글',
        date: new Date('2025-03-01T00:30:00.000Z'),
        updated: new Date('2025-03-02T00:00:00.000Z'),
        excerpt: '요약',
        html: '<p>본문</p>',
        toc: [],
        text: '본문',
        readingMinutes: 1,
        hasMath: false,
        hasZoomableImages: false,
        tags: [],
        categories: [],
        sourcePath: '2025/첫-글.md',
        sticky: 0,
        cover: undefined,
        comments: true,
        lang: undefined,
      },
    ]);
  });

  it("keeps Hexo's cover, comments and lang fields", () => {
    const [post] = buildPostIndex([
      source('a', { cover: { src: '/images/a.png', width: 2, height: 1 }, commentsEnabled: false, language: 'en' }),
    ]).posts;
    expect(post).toMatchObject({ cover: { src: '/images/a.png', width: 2, height: 1 }, comments: false, lang: 'en' });
  });

  it('pins sticky posts above the others on the home page only, highest first', () => {
    const index = buildPostIndex([
      source('new', { publishedAt: '2025-03-01T00:00:00Z' }),
      source('old-pinned', { publishedAt: '2020-01-01T00:00:00Z', sticky: 1 }),
      source('mid', { publishedAt: '2024-01-01T00:00:00Z' }),
      source('older-pinned-higher', { publishedAt: '2019-01-01T00:00:00Z', sticky: 5 }),
    ]);
    expect(index.homePosts.map((post) => post.slug)).toEqual(['older-pinned-higher', 'old-pinned', 'new', 'mid']);
    expect(index.posts.map((post) => post.slug)).toEqual(['new', 'mid', 'old-pinned', 'older-pinned-higher']);
  });

  it("takes what is known of the body from the content layer's facts, not from its HTML", () => {
    const facts = {
      toc: [{ id: '수식', text: '수식', depth: 2 as const }],
      text: '수식',
      readingMinutes: 7,
      hasMath: true,
      hasZoomableImages: true,
    };
    const [post] = buildPostIndex([source('math', { body: { html: '<p>다른 것</p>' }, facts })]).posts;
    expect(post).toMatchObject(facts);
  });

  it('leaves `updated` out when the source has none', () => {
    const [post] = buildPostIndex([source('a')]).posts;
    expect(post).toBeDefined();
    expect(post?.updated).toBeUndefined();
  });

  it('lists posts newest first, whatever the input order', () => {
    const sources = [
      source('old', { publishedAt: '2024-12-31T23:59:59.000Z' }),
      source('new', { publishedAt: '2025-06-01T00:00:00.000Z' }),
      source('mid', { publishedAt: '2025-01-01T08:59:59+09:00' }),
    ];
    expect(slugsOf(buildPostIndex(sources).posts)).toEqual(['new', 'mid', 'old']);
    expect(slugsOf(buildPostIndex([...sources].reverse()).posts)).toEqual(['new', 'mid', 'old']);
  });

  it('orders posts of the same instant by slug, whatever the input order', () => {
    // One instant written in two offsets.
    const sources = [
      source('b', { publishedAt: '2025-01-01T09:00:00+09:00' }),
      source('c', { publishedAt: '2025-01-01T00:00:00Z' }),
      source('a', { publishedAt: '2025-01-01T00:00:00.000Z' }),
      source('newest', { publishedAt: '2025-01-01T00:00:01Z' }),
    ];
    expect(slugsOf(buildPostIndex(sources).posts)).toEqual(['newest', 'a', 'b', 'c']);
    expect(slugsOf(buildPostIndex([...sources].reverse()).posts)).toEqual(['newest', 'a', 'b', 'c']);
  });

  it('does not reorder the array it is given', () => {
    const sources = [source('old', { publishedAt: '2020-01-01T00:00:00Z' }), source('new')];
    buildPostIndex(sources);
    expect(sources.map((s) => s.slug)).toEqual(['old', 'new']);
  });

  it('throws on two files with one slug, naming both', () => {
    const sources = [
      source('hello', { _raw: { sourceFilePath: '2024/hello.md' } }),
      source('other'),
      source('hello', { _raw: { sourceFilePath: '2025/hello.md' } }),
    ];
    expect(() => buildPostIndex(sources)).toThrow(Error);
    expect(() => buildPostIndex(sources)).toThrow(/"hello".*2024\/hello\.md.*2025\/hello\.md/);
  });

  it('builds an empty index from no posts', () => {
    const index = buildPostIndex([]);
    expect(index.posts).toEqual([]);
    expect(index.tags).toEqual([]);
    expect(index.categoryTree).toEqual([]);
    expect(index.categories).toEqual([]);
  });
});

describe('buildPostIndex: unpublished posts', () => {
  const index = buildPostIndex([
    source('older', { publishedAt: '2025-01-01T00:00:00Z', tagNames: ['공유'], categoryPaths: [['개발', '웹']] }),
    source('draft', {
      publishedAt: '2025-01-02T00:00:00Z',
      isPublished: false,
      tagNames: ['공유', '비밀-태그'],
      categoryPaths: [['개발', '웹'], ['개발', '비밀'], ['초안']],
    }),
    source('newer', { publishedAt: '2025-01-03T00:00:00Z' }),
  ]);

  it('are not listed and have no page', () => {
    expect(slugsOf(index.posts)).toEqual(['newer', 'older']);
    expect(index.getPost('draft')).toBeUndefined();
  });

  it('are nobody’s neighbour', () => {
    const [newer, older] = index.posts;
    expect(index.getNeighbours(newer!).older).toBe(older);
    expect(index.getNeighbours(older!).newer).toBe(newer);
  });

  it('add no tag and no tag count', () => {
    expect(index.tags).toEqual([{ name: '공유', slug: '공유', count: 1 }]);
    expect(index.getTag('비밀-태그')).toBeUndefined();
    expect(slugsOf(index.getPostsByTag({ name: '공유', slug: '공유' }))).toEqual(['older']);
  });

  it('add no category and no category count', () => {
    expect(index.categories.map((c) => [c.slugs.join('/'), c.count])).toEqual([
      ['개발', 1],
      ['개발/웹', 1],
    ]);
    expect(index.getCategory(['초안'])).toBeUndefined();
    expect(index.getCategory(['개발', '비밀'])).toBeUndefined();
    expect(slugsOf(index.getPostsByCategory(index.getCategory(['개발'])!))).toEqual(['older']);
  });
});

describe('buildPostIndex: getPost and getNeighbours', () => {
  const index = buildPostIndex([
    source('소식', { publishedAt: '2025-01-03T00:00:00Z' }),
    source('b', { publishedAt: '2025-01-02T00:00:00Z' }),
    source('c', { publishedAt: '2025-01-01T00:00:00Z' }),
  ]);
  const [newest, middle, oldest] = index.posts;

  it('finds a post by slug, NFD input included', () => {
    expect(index.getPost('b')).toBe(middle);
    expect(index.getPost(nfd('소식'))).toBe(newest);
    expect(index.getPost('d')).toBeUndefined();
  });

  it('gives a post in the middle a newer and an older neighbour', () => {
    const neighbours = index.getNeighbours(middle!);
    expect(neighbours.newer).toBe(newest);
    expect(neighbours.older).toBe(oldest);
  });

  it('gives the newest post no newer neighbour and the oldest no older one', () => {
    expect(index.getNeighbours(newest!).newer).toBeUndefined();
    expect(index.getNeighbours(newest!).older).toBe(middle);
    expect(index.getNeighbours(oldest!).newer).toBe(middle);
    expect(index.getNeighbours(oldest!).older).toBeUndefined();
  });

  it('gives a lone post no neighbours', () => {
    const lone = buildPostIndex([source('only')]);
    expect(lone.getNeighbours(lone.posts[0]!)).toEqual({});
  });
});

describe('buildPostIndex: tags', () => {
  const index = buildPostIndex([
    source('p1', { publishedAt: '2025-01-01T00:00:00Z', tagNames: ['React', 'C++'] }),
    source('p2', { publishedAt: '2025-01-02T00:00:00Z', tagNames: ['react', 'C#', '소식'] }),
    source('p3', { publishedAt: '2025-01-03T00:00:00Z', tagNames: ['react', 'C', nfd('소식')] }),
    source('p4', { publishedAt: '2025-01-04T00:00:00Z', tagNames: ['a b', 'a/b'] }),
  ]);

  it('merges tags that differ in case or Unicode form, named in the most common spelling', () => {
    expect(index.getTag('react')).toEqual({ name: 'react', slug: 'react', count: 3 });
    expect(index.getTag('소식')).toEqual({ name: '소식', slug: '소식', count: 2 });
    expect(index.posts.find((post) => post.slug === 'p1')?.tags[0]).toEqual({ name: 'react', slug: 'react' });
  });

  it('lists tags by count, then by name', () => {
    expect(index.tags.map((tag) => `${tag.name}:${tag.count}`)).toEqual([
      'react:3',
      '소식:2',
      'C:1',
      'C#:1',
      'C++:1',
      'a b:1',
      'a/b:1',
    ]);
  });

  it('gives every tag its own slug', () => {
    expect(index.tags.map((tag) => tag.slug).sort()).toEqual(
      ['a-b', 'a-b-2', 'c', 'c-plus-plus', 'c-sharp', 'react', '소식'].sort(),
    );
  });

  it('gives each post its tags in the order it lists them', () => {
    expect(index.getPost('p2')?.tags).toEqual([
      { name: 'react', slug: 'react' },
      { name: 'C#', slug: 'c-sharp' },
      { name: '소식', slug: '소식' },
    ]);
  });

  it('finds a tag by slug, NFD input included, and nothing for an unknown slug', () => {
    expect(index.getTag(nfd('소식'))?.slug).toBe('소식');
    expect(index.getTag('c-plus-plus')?.name).toBe('C++');
    expect(index.getTag('React')).toBeUndefined();
    expect(index.getTag('vue')).toBeUndefined();
  });

  it("lists a tag's posts newest first", () => {
    expect(slugsOf(index.getPostsByTag(index.getTag('react')!))).toEqual(['p3', 'p2', 'p1']);
    expect(slugsOf(index.getPostsByTag(index.getTag('c')!))).toEqual(['p3']);
    expect(index.getPostsByTag({ name: 'Vue', slug: 'vue' })).toEqual([]);
  });
});

describe('buildPostIndex: categories', () => {
  const index = buildPostIndex([
    source('web', { publishedAt: '2025-01-01T00:00:00Z', categoryPaths: [['개발', '웹']] }),
    source('both', { publishedAt: '2025-01-02T00:00:00Z', categoryPaths: [['개발', '웹'], ['개발', '앱'], ['일상']] }),
    source('top', { publishedAt: '2025-01-03T00:00:00Z', categoryPaths: [['개발']] }),
    source('none', { publishedAt: '2025-01-04T00:00:00Z' }),
    source('page', { publishedAt: '2025-01-05T00:00:00Z', categoryPaths: [['개발', 'Page']] }),
  ]);

  it('gives each post the deepest category of each path, with its full path', () => {
    expect(index.getPost('both')?.categories).toEqual([
      { name: '웹', slug: '웹', names: ['개발', '웹'], slugs: ['개발', '웹'] },
      { name: '앱', slug: '앱', names: ['개발', '앱'], slugs: ['개발', '앱'] },
      { name: '일상', slug: '일상', names: ['일상'], slugs: ['일상'] },
    ]);
    expect(index.getPost('top')?.categories).toEqual([
      { name: '개발', slug: '개발', names: ['개발'], slugs: ['개발'] },
    ]);
    expect(index.getPost('none')?.categories).toEqual([]);
  });

  it('counts each post once in a category and in every category above it', () => {
    expect(index.categories.map((c) => `${c.slugs.join('/')}:${c.count}`)).toEqual([
      '개발:4',
      '개발/page-2:1',
      '개발/앱:1',
      '개발/웹:2',
      '일상:1',
    ]);
  });

  it('lists the posts of a category and its subcategories newest first, each once', () => {
    expect(slugsOf(index.getPostsByCategory(index.getCategory(['개발'])!))).toEqual(['page', 'top', 'both', 'web']);
    expect(slugsOf(index.getPostsByCategory(index.getCategory(['개발', '웹'])!))).toEqual(['both', 'web']);
    expect(slugsOf(index.getPostsByCategory(index.getCategory(['일상'])!))).toEqual(['both']);
  });

  it('finds a category by its slug path, NFD input included', () => {
    expect(index.getCategory([nfd('개발'), nfd('웹')])?.names).toEqual(['개발', '웹']);
    expect(index.getCategory(['개발', 'page-2'])?.names).toEqual(['개발', 'Page']);
    expect(index.getCategory(['개발', 'page'])).toBeUndefined();
    expect(index.getCategory(['웹'])).toBeUndefined();
  });

  it('keeps the tree and the flat list in step', () => {
    expect(index.categoryTree.map((node) => node.slug)).toEqual(['개발', '일상']);
    expect(index.categories[0]).toBe(index.categoryTree[0]);
  });
});
