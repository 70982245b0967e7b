import { nameKey, slugify } from './slug';

/** A tag as people read it (`name`) and as the URL holds it (`slug`). */
export interface Tag {
  name: string;
  slug: string;
}

/** A category: its own name and slug, and the whole path of names and slugs from the top. */
export interface Category {
  name: string;
  slug: string;
  names: string[];
  slugs: string[];
}

/**
 * Gives every distinct name a slug that no other name in the same group has. Names that differ
 * only in case are one entry (shown in their most common spelling). When two distinct names
 * reduce to the same slug (`a b` and `a/b`), the later one in name order gets `-2`, `-3`, ...;
 * `reserved` slugs are never handed out.
 */
export function assignSlugs(names: Iterable<string>, reserved: readonly string[] = []): Map<string, Tag> {
  const spellings = new Map<string, Map<string, number>>();
  for (const name of names) {
    const key = nameKey(name);
    // Counted (and shown) in NFC, so an NFD spelling from a macOS file never wins the display name.
    const spelling = name.normalize('NFC').trim();
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    spellings.set(key, counts);
  }
  const taken = new Set(reserved);
  const result = new Map<string, Tag>();
  const keys = [...spellings.keys()].sort(compareText);
  for (const key of keys) {
    const name = mostCommon(spellings.get(key)!);
    const base = slugify(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    result.set(key, { name, slug });
  }
  return result;
}

function mostCommon(counts: Map<string, number>): string {
  return [...counts].sort(([a, x], [b, y]) => y - x || compareText(a, b))[0]![0];
}

/** Locale-independent, stable order for names, so slugs never depend on the build machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A category and its ancestors, from the top down (`개발`, then `개발 › 웹`), for breadcrumbs. */
export function categoryTrail(category: Pick<Category, 'names' | 'slugs'>): Category[] {
  return category.slugs.map((slug, i) => ({
    name: category.names[i]!,
    slug,
    names: category.names.slice(0, i + 1),
    slugs: category.slugs.slice(0, i + 1),
  }));
}

/** A node of the category tree, with the number of posts in it and below it. */
export interface CategoryNode extends Category {
  count: number;
  children: CategoryNode[];
}

/**
 * Builds the category tree from each post's category paths (`[['개발', '웹']]`). A post counts
 * once in every category on its paths, so a parent's count includes its subcategories.
 * Slugs are unique among siblings; `page` and `feed.xml` are reserved because `/categories/a/page/2`
 * paginates and `/categories/a/feed.xml` is a's feed.
 */
export function buildCategoryTree(postPaths: readonly (readonly (readonly string[])[])[]): CategoryNode[] {
  interface Draft {
    spellings: string[];
    posts: Set<number>;
    children: Map<string, Draft>;
  }
  const root: Draft = { spellings: [], posts: new Set(), children: new Map() };
  postPaths.forEach((paths, postIndex) => {
    for (const path of paths) {
      let node = root;
      for (const name of path) {
        const key = nameKey(name);
        let child = node.children.get(key);
        if (!child) node.children.set(key, (child = { spellings: [], posts: new Set(), children: new Map() }));
        // One vote per post for the spelling shown, as for the count.
        if (!child.posts.has(postIndex)) child.spellings.push(name);
        child.posts.add(postIndex);
        node = child;
      }
    }
  });
  const toNodes = (draft: Draft, parent?: Category): CategoryNode[] => {
    const slugs = assignSlugs(
      [...draft.children.values()].flatMap((child) => child.spellings),
      ['page', 'feed.xml'],
    );
    return [...draft.children]
      .map(([key, child]) => {
        const { name, slug } = slugs.get(key)!;
        const category: Category = {
          name,
          slug,
          names: [...(parent?.names ?? []), name],
          slugs: [...(parent?.slugs ?? []), slug],
        };
        return { ...category, count: child.posts.size, children: toNodes(child, category) };
      })
      .sort((a, b) => compareText(a.name, b.name));
  };
  return toNodes(root);
}

/** Finds a category by its slug path, or `undefined`. */
export function findCategory(tree: readonly CategoryNode[], slugs: readonly string[]): CategoryNode | undefined {
  let nodes = tree;
  let found: CategoryNode | undefined;
  for (const slug of slugs) {
    found = nodes.find((node) => node.slug === slug);
    if (!found) return undefined;
    nodes = found.children;
  }
  return found;
}

/** Every node of the tree, parents before children. */
export function flattenTree(tree: readonly CategoryNode[]): CategoryNode[] {
  return tree.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** The node of the tree for a path of names, as a post lists it. */
export function categoryForNames(tree: readonly CategoryNode[], names: readonly string[]): CategoryNode {
  let nodes = tree;
  let found: CategoryNode | undefined;
  for (const name of names) {
    found = nodes.find((node) => nameKey(node.name) === nameKey(name));
    if (!found) throw new Error(`category ${names.join(' › ')} is missing from the tree`);
    nodes = found.children;
  }
  return found!;
}
