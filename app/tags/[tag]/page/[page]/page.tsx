import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PostList } from '@/components/post-list';
import { resolveTagListing, tagParams } from '@/lib/listings';
import { t } from '@/lib/messages';
import { tagMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ tag: string; page: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return tagParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  const found = resolveTagListing(tag, page);
  return found ? tagMetadata(found.tag, found.listing) : {};
}

export default async function TagPagePaged({ params }: Props) {
  const { tag, page } = await params;
  const found = resolveTagListing(tag, page);
  if (!found || page === '1') notFound();
  return <PostList title={t.postsTagged(found.tag.name)} {...found.listing} />;
}
