import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ArchiveBreadcrumb } from '@/components/archive-breadcrumb';
import { ArchiveMonthSection } from '@/components/archive-month-section';
import { archiveTitle, archiveYearParams, resolveArchiveYear } from '@/lib/archive-listings';
import { t } from '@/lib/messages';
import { pageMetadata } from '@/lib/seo';
import { archivesOgImageUrl, archivesUrl } from '@/lib/urls';

interface Props {
  params: Promise<{ year: string }>;
}

// Only years with posts are pages: any other year, or a year written otherwise (`02025`), is 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return archiveYearParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = resolveArchiveYear((await params).year);
  if (!year) return {};
  const title = archiveTitle(year);
  const description = t.archiveDescription(title, year.count);
  return pageMetadata({ title, description, path: archivesUrl(year.year), image: archivesOgImageUrl(year.year) });
}

export default async function ArchiveYearPage({ params }: Props) {
  const year = resolveArchiveYear((await params).year);
  if (!year) notFound();
  return (
    <section className="flex flex-col gap-8">
      <ArchiveBreadcrumb period={year} />
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50">{archiveTitle(year)}</h1>
      {year.months.map((month) => (
        <ArchiveMonthSection key={month.month} month={month} level={2} />
      ))}
    </section>
  );
}
