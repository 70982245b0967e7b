import { feedResponse } from '@/lib/feeds';
import { postIndex } from '@/lib/posts';
import { feedUrl, homeUrl } from '@/lib/urls';

// Written once at build time, like every page.
export const dynamic = 'force-static';

export function GET() {
  return feedResponse('atom', { url: homeUrl, feedUrl: feedUrl('atom'), posts: postIndex.posts });
}
