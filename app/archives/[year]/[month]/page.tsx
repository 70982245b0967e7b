import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ArchiveBreadcrumb } from '@/components/archive-breadcrumb';
import { ArchivePostList } from '@/components/archive-post-list';
import { archiveMonthParams, archiveTitle, resolveArchiveMonth } from '@/lib/archive-listings';
import { t } from '@/lib/messages';
import { pageMetadata } from '@/lib/seo';
import { archivesOgImageUrl, archivesUrl } from '@/lib/urls';

interface Props {
  params: Promise<{ year: string; month: string }>;
}

// Only months with posts are pages, zero-padded: `/archives/2025/01` is one, `/archives/2025/1` is 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return archiveMonthParams();
}

async function findMonth({ params }: Props) {
  const { year, month } = await params;
  return resolveArchiveMonth(year, month);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const month = await findMonth(props);
  if (!month) return {};
  const title = archiveTitle(month);
  const description = t.archiveDescription(title, month.posts.length);
  const image = archivesOgImageUrl(month.year, month.month);
  return pageMetadata({ title, description, path: archivesUrl(month.year, month.month), image });
}

export default async function ArchiveMonthPage(props: Props) {
  const month = await findMonth(props);
  if (!month) notFound();
  return (
    <section className="flex flex-col gap-8">
      <ArchiveBreadcrumb period={month} />
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50">{archiveTitle(month)}</h1>
      <ArchivePostList posts={month.posts} />
    </section>
  );
}
