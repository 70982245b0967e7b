import { feedResponse } from '@/lib/feeds';
import { t } from '@/lib/messages';
import { decodeSegment } from '@/lib/params';
import { postIndex } from '@/lib/posts';
import { tagFeedUrl, tagUrl } from '@/lib/urls';

interface Context {
  params: Promise<{ tag: string }>;
}

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return postIndex.tags.map((tag) => ({ tag: tag.slug }));
}

export async function GET(_request: Request, { params }: Context) {
  const slug = decodeSegment((await params).tag);
  const tag = slug === undefined ? undefined : postIndex.getTag(slug);
  if (!tag) return new Response('404 Not Found\n', { status: 404 });
  const posts = postIndex.getPostsByTag(tag);
  return feedResponse('rss', { title: t.postsTagged(tag.name), url: tagUrl(tag), feedUrl: tagFeedUrl(tag), posts });
}
