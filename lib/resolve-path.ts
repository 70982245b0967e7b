import { getSitePage, type SitePage } from './pages';
import { postIndex, type Post } from './posts';

/**
 * The post or page at a path's decoded segments (Next hands a catch-all route the segments
 * without the trailing slash, which a permalink may have).
 */
export function resolvePath(segments: readonly string[]): { post?: Post; page?: SitePage } | undefined {
  const path = `/${segments.join('/')}`;
  const post = postIndex.getPostByPermalink(path) ?? postIndex.getPostByPermalink(`${path}/`);
  if (post) return { post };
  const page = getSitePage(segments.join('/'));
  return page && { page };
}
