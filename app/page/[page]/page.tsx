import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PostList } from '@/components/post-list';
import { homeListing, laterPages } from '@/lib/listings';
import { t } from '@/lib/messages';
import { parsePageParam } from '@/lib/pagination';
import { postIndex } from '@/lib/posts';
import { homeMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ page: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return laterPages(postIndex.posts.length).map((page) => ({ page: String(page) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  const listing = page === undefined ? undefined : homeListing(page);
  return listing ? homeMetadata(listing) : {};
}

export default async function HomePagePaged({ params }: Props) {
  const page = parsePageParam((await params).page);
  const listing = page === undefined ? undefined : homeListing(page);
  if (!listing || page === 1) notFound();
  return <PostList title={t.latestPosts} page={listing.page} hrefOf={listing.hrefOf} />;
}
