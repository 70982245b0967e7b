import { feedResponse } from '@/lib/feeds';
import { t } from '@/lib/messages';
import { decodeSegments } from '@/lib/params';
import { postIndex } from '@/lib/posts';
import { categoryFeedUrl, categoryUrl } from '@/lib/urls';

// Serves `/categories/<path>/feed.xml` (lib/urls.ts) through the rewrite in next.config.ts: the
// catch-all category page leaves no room for a route below it.

interface Context {
  params: Promise<{ path: string[] }>;
}

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return postIndex.categories.map((category) => ({ path: category.slugs }));
}

export async function GET(_request: Request, { params }: Context) {
  const slugs = decodeSegments((await params).path);
  const category = slugs && postIndex.getCategory(slugs);
  if (!category) return new Response('404 Not Found\n', { status: 404 });
  const title = t.postsInCategory(category.names.join(' › '));
  const posts = postIndex.getPostsByCategory(category);
  return feedResponse('rss', { title, url: categoryUrl(category), feedUrl: categoryFeedUrl(category), posts });
}
