import { PostList } from '@/components/post-list';
import { homeListing } from '@/lib/listings';
import { t } from '@/lib/messages';

export default function HomePage() {
  const listing = homeListing(1)!;
  return <PostList title={t.latestPosts} page={listing.page} hrefOf={listing.hrefOf} />;
}
