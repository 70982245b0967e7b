import type { CommentMapping } from './settings';

/** What a post's thread is found by. */
export interface ThreadPost {
  slug: string;
  /** Its path on the site, unencoded NFC. */
  permalink: string;
  /** Its path before the permalink pattern changed (`legacy_permalink`), where the old threads are. */
  previousPermalink?: string;
  /** Front matter `comments_id`: a key chosen by the writer. */
  commentsId?: string;
}

/**
 * The readable key of a post's thread: its `comments_id`, else its slug, in NFC. It survives a
 * change of permalink, and a discussion titled `한글-파일명` can be read on GitHub.
 */
export function commentsKey(post: ThreadPost): string {
  return (post.commentsId ?? post.slug).normalize('NFC');
}

// The browser's path percent-encode set (WHATWG URL): what `location.pathname` holds for a path.
const PATH_ENCODED = /[^\x21-\x7e]|["#<>?`{}]/gu;

/**
 * The path as `location.pathname` holds it on the page (`/blog/2015/01/15/%ED%95%9C%EA%B8%80/`),
 * from the unencoded path and the site's base path.
 */
export function browserPathname(path: string, basePath: string): string {
  return `${basePath}${path.normalize('NFC')}`.replace(PATH_ENCODED, encodeURIComponent);
}

/**
 * The term a post's thread is titled by. `key`: the readable key. `pathname`: exactly what giscus
 * and utterances make of `location.pathname` (without its first `/` and a file extension, `index`
 * for the home page), on the page the post had when its threads began: its previous path when the
 * permalink pattern changed, else its path (an imported Hexo blog keeps Hexo's). Existing threads
 * are titled with that, percent-encoding included, so they stay attached.
 */
export function commentsTerm(post: ThreadPost, mapping: CommentMapping, basePath: string): string {
  if (mapping === 'key') return commentsKey(post);
  const pathname = browserPathname(post.previousPermalink || post.permalink, basePath);
  return pathname.length < 2 ? 'index' : pathname.slice(1).replace(/\.\w+$/, '');
}
