import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ArchiveList } from '@/components/archive-list';
import { archiveParams, resolveArchiveListing } from '@/lib/archive-listings';
import { archiveMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ page: string }>;
}

// Pages 2 and on; page 1 is /archives, so /archives/page/1 is 404 like /page/1.
export const dynamicParams = false;

export function generateStaticParams() {
  return archiveParams().pages;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = resolveArchiveListing(await params);
  return listing ? archiveMetadata(listing) : {};
}

export default async function ArchivesPagePaged({ params }: Props) {
  const listing = resolveArchiveListing(await params);
  if (!listing) notFound();
  return <ArchiveList listing={listing} />;
}
