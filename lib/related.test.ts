import { describe, expect, it } from 'vitest';

import { buildPostIndex, type SourcePost } from './post-index';
import { relatedPosts, type Relatable, type RelatedLookups } from './related';
import { sourcePost } from './test-fixtures';

interface TestPost extends Relatable {
  tags: { slug: string }[];
  categories: { slugs: string[] }[];
}

function post(slug: string, day: number, tags: string[] = [], categories: string[][] = []): TestPost {
  return {
    slug,
    date: new Date(Date.UTC(2025, 0, day)),
    tags: tags.map((tag) => ({ slug: tag })),
    categories: categories.map((slugs) => ({ slugs })),
  };
}

/** The groupings the post index keeps: posts by tag, and by every category level. */
function lookups(posts: readonly TestPost[]): RelatedLookups<TestPost> & { visited: number } {
  const groups = new Map<string, TestPost[]>();
  const group = (key: string, has: (p: TestPost) => boolean) => {
    if (!groups.has(key)) groups.set(key, posts.filter(has));
    const found = groups.get(key)!;
    result.visited += found.length;
    return found;
  };
  const result = {
    visited: 0,
    postsWithTag: (slug: string) => group(`tag:${slug}`, (p) => p.tags.some((tag) => tag.slug === slug)),
    postsInCategory: (slugs: readonly string[]) => {
      const key = slugs.join('/');
      return group(`category:${key}`, (p) =>
        p.categories.some((c) => c.slugs.some((_, i) => c.slugs.slice(0, i + 1).join('/') === key)),
      );
    },
  };
  return result;
}

const slugs = (posts: readonly { slug: string }[]) => posts.map((p) => p.slug);

describe('relatedPosts', () => {
  it('ranks by 2 points a shared tag and 1 a shared category level', () => {
    const self = post('self', 10, ['react', 'hooks'], [['dev', 'web']]);
    const posts = [
      self,
      post('two-tags', 1, ['react', 'hooks']), // 4
      post('tag-and-both-levels', 2, ['react'], [['dev', 'web', 'frontend']]), // 2 + 2
      post('one-tag', 3, ['hooks']), // 2
      post('top-level-only', 4, [], [['dev', 'mobile']]), // 1
      post('unrelated', 5, ['vue'], [['life']]),
    ];
    expect(slugs(relatedPosts(self, lookups(posts), 10))).toEqual([
      'tag-and-both-levels',
      'two-tags',
      'one-tag',
      'top-level-only',
    ]);
  });

  it('breaks ties by recency, then by slug', () => {
    const self = post('self', 1, ['a']);
    const posts = [
      self,
      post('old', 2, ['a']),
      post('new', 9, ['a']),
      post('b-same', 5, ['a']),
      post('a-same', 5, ['a']),
    ];
    expect(slugs(relatedPosts(self, lookups(posts), 10))).toEqual(['new', 'a-same', 'b-same', 'old']);
  });

  it('keeps the top 3 by default, whatever order the candidates come in', () => {
    const self = post('self', 1, ['a', 'b'], [['c']]);
    const posts = [
      self,
      post('p1', 2, ['a']),
      post('p2', 3, ['a', 'b'], [['c']]),
      post('p3', 4, [], [['c']]),
      post('p4', 5, ['b'], [['c']]),
      post('p5', 6, ['a', 'b']),
    ];
    expect(slugs(relatedPosts(self, lookups(posts)))).toEqual(['p2', 'p5', 'p4']);
    expect(slugs(relatedPosts(self, lookups([...posts].reverse())))).toEqual(['p2', 'p5', 'p4']);
  });

  it('never lists the post itself, nor posts sharing nothing', () => {
    const self = post('self', 1, ['a']);
    expect(relatedPosts(self, lookups([self, post('other', 2, ['b'])]))).toEqual([]);
    expect(relatedPosts(post('lonely', 1), lookups([post('other', 2, ['b'])]))).toEqual([]);
  });

  it('counts a tag listed twice, or a level shared by two of its categories, once', () => {
    const self = post(
      'self',
      1,
      ['a', 'a'],
      [
        ['dev', 'web'],
        ['dev', 'app'],
      ],
    );
    const posts = [
      self,
      post('tagged', 2, ['a']),
      post('dev', 3, [], [['dev']]),
      post(
        'web-app',
        4,
        [],
        [
          ['dev', 'web'],
          ['dev', 'app'],
        ],
      ),
    ];
    // tagged: 2; web-app: dev + dev/web + dev/app = 3; dev: 1.
    expect(slugs(relatedPosts(self, lookups(posts)))).toEqual(['web-app', 'tagged', 'dev']);
  });

  it('reads only the posts that share a tag or category', () => {
    const self = post('self', 1, ['rare']);
    const others = Array.from({ length: 1000 }, (_, i) => post(`p${i}`, 2, [i < 5 ? 'rare' : 'common']));
    const counted = lookups([self, ...others]);
    expect(relatedPosts(self, counted)).toHaveLength(3);
    expect(counted.visited).toBe(6);
  });

  it('stops before a big group once no post left in it could rank', () => {
    // Three posts share both tags (4 points); a post only tagged `popular` scores 2 at most.
    const self = post('self', 1, ['niche', 'popular']);
    const both = [2, 3, 4].map((day) => post(`both-${day}`, day, ['niche', 'popular']));
    const popular = Array.from({ length: 1000 }, (_, i) => post(`popular-${i}`, 20, ['popular']));
    let read = 0;
    const reading = (posts: TestPost[]) => ({
      *[Symbol.iterator]() {
        for (const p of posts) {
          read++;
          yield p;
        }
      },
      length: posts.length,
    });
    const groups: Record<string, TestPost[]> = { niche: [self, ...both], popular: [self, ...both, ...popular] };
    const related = relatedPosts(self, {
      postsWithTag: (slug) => reading(groups[slug] ?? []) as unknown as TestPost[],
      postsInCategory: () => [],
    });
    expect(slugs(related)).toEqual(['both-4', 'both-3', 'both-2']);
    expect(read).toBe(4);
  });

  it('finds what scoring every post would find', () => {
    // A small deterministic random blog: the pruned search must match brute force exactly.
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const tagNames = ['a', 'b', 'c', 'd', 'e', 'f'];
    const paths = [['x'], ['x', 'y'], ['x', 'z'], ['w'], ['w', 'v'], []];
    const posts = Array.from({ length: 200 }, (_, i) =>
      post(
        `p${i}`,
        1 + random(60),
        Array.from({ length: random(4) }, () => tagNames[random(tagNames.length)]!),
        random(5) === 0 ? [paths[random(paths.length)]!, paths[random(paths.length)]!] : [paths[random(paths.length)]!],
      ),
    );
    const naive = (self: TestPost) => {
      const selfLevels = new Set(
        self.categories.flatMap((c) => c.slugs.map((_, i) => c.slugs.slice(0, i + 1).join('/'))),
      );
      const selfTags = new Set(self.tags.map((tag) => tag.slug));
      return posts
        .filter((other) => other !== self)
        .map((other) => {
          const tags = new Set(other.tags.map((tag) => tag.slug).filter((slug) => selfTags.has(slug))).size;
          const levels = new Set(
            other.categories.flatMap((c) => c.slugs.map((_, i) => c.slugs.slice(0, i + 1).join('/'))),
          );
          return { other, score: 2 * tags + [...selfLevels].filter((level) => levels.has(level)).length };
        })
        .filter(({ score }) => score > 0)
        .sort(
          (a, b) =>
            b.score - a.score ||
            b.other.date.getTime() - a.other.date.getTime() ||
            (a.other.slug < b.other.slug ? -1 : 1),
        )
        .slice(0, 3)
        .map(({ other }) => other.slug);
    };
    const index = lookups(posts);
    for (const self of posts) expect(slugs(relatedPosts(self, index)), self.slug).toEqual(naive(self));
  });
});

describe('PostIndex.getRelated', () => {
  const source = (slug: string, date: string, tagNames: string[], categoryPaths: string[][] = []): SourcePost =>
    sourcePost(slug, {
      displayTitle: slug,
      publishedAt: date,
      tagNames,
      categoryPaths,
      summary: '',
      body: { html: '' },
    });
  const index = buildPostIndex(
    [
      source('series-1', '2023-01-01T00:00:00Z', ['연재', '블로그'], [['개발', '웹']]),
      source('series-2', '2023-02-01T00:00:00Z', ['연재', '블로그'], [['개발', '웹']]),
      source('series-3', '2023-03-01T00:00:00Z', ['연재', '블로그'], [['개발', '웹']]),
      source('series-4', '2023-04-01T00:00:00Z', ['연재', '블로그'], [['개발', '웹']]),
      source('hooks', '2024-03-02T00:00:00Z', ['React', '블로그'], [['개발', '웹']]),
      source('draft', '2024-05-01T00:00:00Z', ['연재', '블로그'], [['개발', '웹']]),
    ].map((s) => (s.slug === 'draft' ? { ...s, isPublished: false } : s)),
  );

  it('lists the posts of the same series first, newest first, and never a draft', () => {
    expect(slugs(index.getRelated(index.getPost('series-2')!))).toEqual(['series-4', 'series-3', 'series-1']);
  });

  it('ranks posts sharing a tag and a category by recency when scores tie', () => {
    expect(slugs(index.getRelated(index.getPost('hooks')!))).toEqual(['series-4', 'series-3', 'series-2']);
  });

  it('answers the same list on a second call', () => {
    const post = index.getPost('series-1')!;
    expect(index.getRelated(post)).toBe(index.getRelated(post));
  });
});
