import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ArchiveList } from '@/components/archive-list';
import { archiveParams, resolveArchiveListing } from '@/lib/archive-listings';
import { archiveMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ year: string; month: string }>;
}

// Only months with posts are pages, zero-padded: `/archives/2025/01` is one, `/archives/2025/1` is 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return archiveParams().months;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = resolveArchiveListing(await params);
  return listing ? archiveMetadata(listing) : {};
}

export default async function ArchiveMonthPage({ params }: Props) {
  const listing = resolveArchiveListing(await params);
  if (!listing) notFound();
  return <ArchiveList listing={listing} />;
}
