import { feedResponse } from '@/lib/feeds';
import { postIndex } from '@/lib/posts';
import { feedUrl, homeUrl } from '@/lib/urls';

// Written once at build time, like every page.
export const dynamic = 'force-static';

export function GET() {
  return feedResponse('json', { url: homeUrl, feedUrl: feedUrl('json'), posts: postIndex.posts });
}
