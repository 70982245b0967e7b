import type { Post } from './post-index';
import { compareText } from './taxonomy';

/** A series (시리즈): posts read one after another, and its name and slug as a tag has them. */
export interface Series {
  name: string;
  slug: string;
  /** Its parts in reading order: `series_order` first, in that order, then the others by date. */
  parts: readonly Post[];
  /** When any part last changed. */
  updated: Date;
}

/** Where a post sits in its series. */
export interface SeriesPart {
  series: Series;
  /** 1 for the first part. */
  number: number;
  previous?: Post;
  next?: Post;
}

/** Reading order: parts with a `series_order` by it, then by date, oldest first; ties by slug. */
export function byReadingOrder(a: Post, b: Post): number {
  const order = (post: Post) => post.seriesOrder ?? Number.POSITIVE_INFINITY;
  return (
    (order(a) === order(b) ? 0 : order(a) < order(b) ? -1 : 1) ||
    a.date.getTime() - b.date.getTime() ||
    compareText(a.slug, b.slug)
  );
}

/** Every series of the posts (published ones: drafts never count), most recently updated first. */
export function groupSeries(posts: readonly Post[]): Series[] {
  const groups = new Map<string, Post[]>();
  for (const post of posts) {
    if (!post.series) continue;
    const group = groups.get(post.series.slug);
    if (group) group.push(post);
    else groups.set(post.series.slug, [post]);
  }
  return [...groups.values()]
    .map((group): Series => {
      const parts = group.toSorted(byReadingOrder);
      const updated = new Date(Math.max(...parts.map((post) => (post.updated ?? post.date).getTime())));
      return { ...parts[0]!.series!, parts, updated };
    })
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || compareText(a.name, b.name));
}

/** The post's place in its series, with the parts before and after it. */
export function seriesPartOf(series: Series, post: Post): SeriesPart | undefined {
  const i = series.parts.findIndex((part) => part.slug === post.slug);
  if (i < 0) return undefined;
  return { series, number: i + 1, previous: series.parts[i - 1], next: series.parts[i + 1] };
}
