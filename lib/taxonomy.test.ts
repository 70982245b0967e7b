import { describe, expect, it } from 'vitest';

import {
  assignSlugs,
  buildCategoryTree,
  categoryForNames,
  categoryTrail,
  findCategory,
  flattenTree,
  type CategoryNode,
} from './taxonomy';

const nfd = (text: string) => text.normalize('NFD');

/** The tree reduced to `name (slug) count` lines, indented by depth, to compare a whole tree at once. */
function outline(tree: readonly CategoryNode[], depth = 0): string[] {
  return tree.flatMap((node) => [
    `${'  '.repeat(depth)}${node.name} (${node.slug}) ${node.count}`,
    ...outline(node.children, depth + 1),
  ]);
}

describe('assignSlugs', () => {
  it('makes names that differ only in case one tag, shown in the most common spelling', () => {
    const tags = assignSlugs(['React', 'react', 'react', 'TypeScript']);
    expect([...tags.values()]).toEqual([
      { name: 'react', slug: 'react' },
      { name: 'TypeScript', slug: 'typescript' },
    ]);
    expect(tags.get('react')).toEqual({ name: 'react', slug: 'react' });
  });

  it('breaks a tie between spellings the same way whatever the input order', () => {
    expect(assignSlugs(['react', 'React']).get('react')).toEqual({ name: 'React', slug: 'react' });
    expect(assignSlugs(['React', 'react']).get('react')).toEqual({ name: 'React', slug: 'react' });
  });

  it('gives C++, C# and C three slugs', () => {
    const tags = assignSlugs(['C++', 'C#', 'C']);
    expect(tags.get('c++')?.slug).toBe('c-plus-plus');
    expect(tags.get('c#')?.slug).toBe('c-sharp');
    expect(tags.get('c')?.slug).toBe('c');
  });

  it('gives two names that slugify alike distinct slugs, whatever the input order', () => {
    const expected = [
      ['a b', { name: 'a b', slug: 'a-b' }],
      ['a/b', { name: 'a/b', slug: 'a-b-2' }],
    ];
    expect([...assignSlugs(['a b', 'a/b'])]).toEqual(expected);
    expect([...assignSlugs(['a/b', 'a b'])]).toEqual(expected);
  });

  it('never hands out a slug twice, even when a suffix meets a name that already ends in one', () => {
    const names = ['a b', 'a/b', 'a-b-2', 'A B', 'a!b'];
    const slugs = [...assignSlugs(names).values()].map((tag) => tag.slug);
    expect(slugs).toHaveLength(4);
    expect(new Set(slugs).size).toBe(4);
    expect([...assignSlugs([...names].reverse())]).toEqual([...assignSlugs(names)]);
  });

  it('keeps Korean in the slug', () => {
    expect(assignSlugs(['소식']).get('소식')).toEqual({ name: '소식', slug: '소식' });
  });

  it('treats NFD input as the NFC name', () => {
    expect([...assignSlugs([nfd('소식')])]).toEqual([...assignSlugs(['소식'])]);
    const mixed = assignSlugs([nfd('소식'), '소식', nfd('소식')]);
    expect(mixed.size).toBe(1);
    expect(mixed.get('소식')).toEqual({ name: '소식', slug: '소식' });
  });

  it('shows a name without the outer spaces it was written with', () => {
    expect(assignSlugs([' React', 'React ']).get('react')).toEqual({ name: 'React', slug: 'react' });
  });

  it('never hands out a reserved slug', () => {
    expect(assignSlugs(['page'], ['page']).get('page')).toEqual({ name: 'page', slug: 'page-2' });
    expect(assignSlugs(['Page', 'page-2'], ['page', 'x']).get('page')).toEqual({ name: 'Page', slug: 'page-2' });
    expect(assignSlugs(['page-2', 'Page'], ['page']).get('page-2')).toEqual({ name: 'page-2', slug: 'page-2-2' });
    expect(assignSlugs(['page']).get('page')?.slug).toBe('page');
  });

  it('returns an empty map for no names', () => {
    expect(assignSlugs([]).size).toBe(0);
  });
});

describe('buildCategoryTree', () => {
  it('builds Hexo paths into a tree, siblings in name order', () => {
    const tree = buildCategoryTree([[['개발', '웹']], [['일상']], [['개발', '앱']]]);
    expect(outline(tree)).toEqual(['개발 (개발) 2', '  앱 (앱) 1', '  웹 (웹) 1', '일상 (일상) 1']);
  });

  it('gives every node its full path of names and slugs', () => {
    const [dev] = buildCategoryTree([[['개발', 'Web Dev']]]);
    expect(dev).toMatchObject({ name: '개발', slug: '개발', names: ['개발'], slugs: ['개발'] });
    expect(dev?.children[0]).toMatchObject({
      name: 'Web Dev',
      slug: 'web-dev',
      names: ['개발', 'Web Dev'],
      slugs: ['개발', 'web-dev'],
    });
  });

  it('counts a post once in a parent even when two of its paths run through it', () => {
    const tree = buildCategoryTree([[['개발', '웹'], ['개발', '앱'], ['일상']], [['개발']]]);
    expect(outline(tree)).toEqual(['개발 (개발) 2', '  앱 (앱) 1', '  웹 (웹) 1', '일상 (일상) 1']);
  });

  it("includes a subcategory's posts in its parent's count", () => {
    const tree = buildCategoryTree([[['개발', '웹', 'React']], [['개발', '웹']], [['개발']]]);
    expect(outline(tree)).toEqual(['개발 (개발) 3', '  웹 (웹) 2', '    React (react) 1']);
  });

  it('merges names that differ in case or Unicode form, shown in the spelling most posts use', () => {
    const tree = buildCategoryTree([
      [
        ['Dev', 'Web'],
        ['Dev', 'App'],
      ],
      [['dev']],
      [['dev']],
      [[nfd('소식')]],
      [['소식']],
    ]);
    expect(outline(tree)).toEqual(['dev (dev) 3', '  App (app) 1', '  Web (web) 1', '소식 (소식) 2']);
  });

  it('never gives a category the slug `page`, at any depth', () => {
    const tree = buildCategoryTree([[['page']], [['개발', 'Page']]]);
    expect(flattenTree(tree).map((node) => node.slugs.join('/'))).toEqual(['page-2', '개발', '개발/page-2']);
  });

  it('never gives a category the slug `feed.xml`, which names its parent’s feed', () => {
    const tree = buildCategoryTree([[['개발', 'Feed.XML']]]);
    expect(flattenTree(tree).map((node) => node.slugs.join('/'))).toEqual(['개발', '개발/feed.xml-2']);
  });

  it('gives colliding siblings distinct slugs, but lets cousins share one', () => {
    const tree = buildCategoryTree([[['개발', 'a b']], [['개발', 'a/b']], [['일상', 'a b']]]);
    expect(flattenTree(tree).map((node) => node.slugs.join('/'))).toEqual([
      '개발',
      '개발/a-b',
      '개발/a-b-2',
      '일상',
      '일상/a-b',
    ]);
  });

  it('does not depend on the order of the posts', () => {
    const posts = [[['개발', 'a/b']], [['개발', 'a b']], [['Dev']], [['dev']], [['일상']]];
    expect(buildCategoryTree([...posts].reverse())).toEqual(buildCategoryTree(posts));
  });

  it('returns an empty tree for posts without categories', () => {
    expect(buildCategoryTree([[], []])).toEqual([]);
  });
});

describe('findCategory', () => {
  const tree = buildCategoryTree([[['개발', '웹']], [['개발', 'page']], [['웹']]]);

  it('finds a category by its slug path', () => {
    expect(findCategory(tree, ['개발'])?.names).toEqual(['개발']);
    expect(findCategory(tree, ['개발', '웹'])?.names).toEqual(['개발', '웹']);
    expect(findCategory(tree, ['웹'])?.names).toEqual(['웹']);
    expect(findCategory(tree, ['개발', 'page-2'])?.names).toEqual(['개발', 'page']);
  });

  it('returns undefined for a path that is not in the tree', () => {
    expect(findCategory(tree, ['웹', '개발'])).toBeUndefined();
    expect(findCategory(tree, ['개발', '웹', '더'])).toBeUndefined();
    expect(findCategory(tree, ['개발', 'page'])).toBeUndefined();
    expect(findCategory(tree, ['없음'])).toBeUndefined();
  });

  it('returns undefined for an empty path', () => {
    expect(findCategory(tree, [])).toBeUndefined();
  });
});

describe('flattenTree', () => {
  it('lists every node, each parent before its children', () => {
    const tree = buildCategoryTree([[['a', 'b', 'c']], [['a', 'd']], [['e']]]);
    expect(flattenTree(tree).map((node) => node.slugs.join('/'))).toEqual(['a', 'a/b', 'a/b/c', 'a/d', 'e']);
  });
});

describe('categoryForNames', () => {
  const tree = buildCategoryTree([[['개발', 'React']], [['개발', 'react']], [['개발', 'react']]]);

  it('finds the node for a path of names, ignoring case and Unicode form', () => {
    expect(categoryForNames(tree, ['개발', 'React']).slugs).toEqual(['개발', 'react']);
    expect(categoryForNames(tree, [nfd('개발')]).slugs).toEqual(['개발']);
  });

  it('throws, naming the path, when it is missing', () => {
    expect(() => categoryForNames(tree, ['개발', 'Vue'])).toThrow('개발 › Vue');
  });
});

describe('categoryTrail', () => {
  it('lists the category and its ancestors from the top down', () => {
    const category = { name: '웹', slug: 'web', names: ['개발', '웹'], slugs: ['dev', 'web'] };
    expect(categoryTrail(category)).toEqual([
      { name: '개발', slug: 'dev', names: ['개발'], slugs: ['dev'] },
      { name: '웹', slug: 'web', names: ['개발', '웹'], slugs: ['dev', 'web'] },
    ]);
  });

  it('gives a top-level category a trail of itself', () => {
    const category = { name: '일상', slug: '일상', names: ['일상'], slugs: ['일상'] };
    expect(categoryTrail(category)).toEqual([category]);
  });
});
