import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ArchiveList } from '@/components/archive-list';
import { archiveParams, resolveArchiveListing } from '@/lib/archive-listings';
import { archiveMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ year: string; page: string }>;
}

// Pages 2 and on of a year with posts; page 1 is /archives/2025, so /archives/2025/page/1 is 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return archiveParams().yearPages;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = resolveArchiveListing(await params);
  return listing ? archiveMetadata(listing) : {};
}

export default async function ArchiveYearPagePaged({ params }: Props) {
  const listing = resolveArchiveListing(await params);
  if (!listing) notFound();
  return <ArchiveList listing={listing} />;
}
