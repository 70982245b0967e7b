import { compareText } from './taxonomy';

/** Points for each tag two posts share. */
export const TAG_WEIGHT = 2;
/** Points for each category level two posts share (`개발` and `개발 › 웹` are two levels). */
export const CATEGORY_LEVEL_WEIGHT = 1;
/** How many related posts a post shows. */
export const RELATED_LIMIT = 3;

/** What relatedness is judged by: a post's tags and categories, and when it was published. */
export interface Relatable {
  slug: string;
  date: Date;
  tags: readonly { slug: string }[];
  categories: readonly { slugs: readonly string[] }[];
}

/** The groupings the post index already has: every post with a tag, or in a category or below it. */
export interface RelatedLookups<P> {
  postsWithTag(tagSlug: string): readonly P[];
  postsInCategory(slugs: readonly string[]): readonly P[];
}

/** Every level of every category of a post, each once (`개발`, `개발 › 웹`, `개발 › 앱`). */
function categoryLevels(post: Relatable): (readonly string[])[] {
  const levels = new Map<string, readonly string[]>();
  for (const category of post.categories) {
    category.slugs.forEach((_, i) => {
      const slugs = category.slugs.slice(0, i + 1);
      // NUL cannot occur in a slug, so distinct paths never share a key.
      levels.set(slugs.join('\u0000'), slugs);
    });
  }
  return [...levels.values()];
}

const startsWith = (slugs: readonly string[], prefix: readonly string[]) =>
  prefix.length <= slugs.length && prefix.every((slug, i) => slugs[i] === slug);

/** Higher score first; among equals the newer post, then slug order (as listings sort). */
function ranksBefore<P extends Relatable>(a: P, scoreA: number, b: P, scoreB: number): boolean {
  if (scoreA !== scoreB) return scoreA > scoreB;
  const age = b.date.getTime() - a.date.getTime();
  return age !== 0 ? age < 0 : compareText(a.slug, b.slug) < 0;
}

/**
 * The posts most related to `post`: {@link TAG_WEIGHT} points per shared tag,
 * {@link CATEGORY_LEVEL_WEIGHT} per shared category level; ties go to the newer post. The post
 * itself and posts sharing nothing are never listed.
 *
 * Only posts in the post's own groups (from the index's groupings) are looked at, smallest group
 * first, each scored in full from its own tags and categories. A post in none of the groups read
 * so far can score at most the weight of the groups left, so once the best `limit` all score more
 * than that, the rest (typically the big top-level category and the most popular tags) are never
 * read. At 10,000 posts this reads a few hundred posts per call instead of several thousand.
 */
export function relatedPosts<P extends Relatable>(post: P, lookups: RelatedLookups<P>, limit = RELATED_LIMIT): P[] {
  if (limit <= 0) return [];
  const tagSlugs = new Set(post.tags.map((tag) => tag.slug));
  const levels = categoryLevels(post);
  const scoreOf = (other: P) => {
    let score = 0;
    other.tags.forEach(({ slug }, i) => {
      // A tag listed twice counts once.
      if (tagSlugs.has(slug) && other.tags.findIndex((tag) => tag.slug === slug) === i) score += TAG_WEIGHT;
    });
    for (const level of levels) {
      if (other.categories.some((category) => startsWith(category.slugs, level))) score += CATEGORY_LEVEL_WEIGHT;
    }
    return score;
  };
  const groups = [
    ...[...tagSlugs].map((slug) => ({ posts: lookups.postsWithTag(slug), weight: TAG_WEIGHT })),
    ...levels.map((slugs) => ({ posts: lookups.postsInCategory(slugs), weight: CATEGORY_LEVEL_WEIGHT })),
  ].sort((a, b) => a.posts.length - b.posts.length);

  const best: { post: P; score: number }[] = [];
  let unread = groups.reduce((sum, group) => sum + group.weight, 0);
  for (const group of groups) {
    const last = best[limit - 1];
    if (last && last.score > unread) break;
    unread -= group.weight;
    for (const other of group.posts) {
      if (other.slug === post.slug || best.some((entry) => entry.post === other)) continue;
      const score = scoreOf(other);
      let i = best.length;
      while (i > 0 && ranksBefore(other, score, best[i - 1]!.post, best[i - 1]!.score)) i--;
      if (i < limit) {
        best.splice(i, 0, { post: other, score });
        if (best.length > limit) best.pop();
      }
    }
  }
  return best.map((entry) => entry.post);
}
