import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PostList } from '@/components/post-list';
import { resolveTagListing } from '@/lib/listings';
import { t } from '@/lib/messages';
import { postIndex } from '@/lib/posts';
import { tagMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ tag: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return postIndex.tags.map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = resolveTagListing((await params).tag);
  return found ? tagMetadata(found.tag, found.listing) : {};
}

export default async function TagPage({ params }: Props) {
  const found = resolveTagListing((await params).tag);
  if (!found) notFound();
  return <PostList title={t.postsTagged(found.tag.name)} {...found.listing} />;
}
