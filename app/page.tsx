import { PostList } from '@/components/post-list';
import { homeListing } from '@/lib/listings';
import { t } from '@/lib/messages';
import { homeMetadata } from '@/lib/seo';

export const metadata = homeMetadata(homeListing(1)!);

export default function HomePage() {
  const listing = homeListing(1)!;
  return <PostList title={t.latestPosts} page={listing.page} hrefOf={listing.hrefOf} />;
}
