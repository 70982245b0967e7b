/** What decides whether a post is built: its `published` flag, its date, and the site's `future` setting. */
export interface PublicationRule {
  /** Hexo's `future`: whether posts dated after `now` are built. */
  future: boolean;
  /** The instant the build reads the posts, once for all of them. */
  now: Date;
}

/**
 * The one publication rule (Hexo's): a post is built unless it is a draft (`published: false`)
 * or, with `future: false`, dated after the build. Dates without an offset were read in the
 * site's time zone (lib/front-matter.ts `readDate`), so `2025-03-01 09:00` in Asia/Seoul appears
 * from 09:00 in Seoul, whatever zone the build machine runs in.
 */
export function isPublishedAt(published: boolean, date: Date, rule: PublicationRule): boolean {
  return published && (rule.future || date.getTime() <= rule.now.getTime());
}
