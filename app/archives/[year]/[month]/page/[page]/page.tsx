import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ArchiveList } from '@/components/archive-list';
import { archiveParams, resolveArchiveListing } from '@/lib/archive-listings';
import { archiveMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ year: string; month: string; page: string }>;
}

// A month rarely needs a second page, but a bulk import can put hundreds of posts in one month.
export const dynamicParams = false;

export function generateStaticParams() {
  return archiveParams().monthPages;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = resolveArchiveListing(await params);
  return listing ? archiveMetadata(listing) : {};
}

export default async function ArchiveMonthPagePaged({ params }: Props) {
  const listing = resolveArchiveListing(await params);
  if (!listing) notFound();
  return <ArchiveList listing={listing} />;
}
