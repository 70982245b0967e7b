import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ArchiveList } from '@/components/archive-list';
import { archiveParams, resolveArchiveListing } from '@/lib/archive-listings';
import { archiveMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ year: string }>;
}

// Only years with posts are pages: any other year, or a year written otherwise (`02025`), is 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return archiveParams().years;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = resolveArchiveListing(await params);
  return listing ? archiveMetadata(listing) : {};
}

export default async function ArchiveYearPage({ params }: Props) {
  const listing = resolveArchiveListing(await params);
  if (!listing) notFound();
  return <ArchiveList listing={listing} />;
}
