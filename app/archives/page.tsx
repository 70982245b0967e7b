import type { Metadata } from 'next';

import { ArchiveOverview } from '@/components/archive-overview';
import { siteArchive } from '@/lib/archive-listings';
import { t } from '@/lib/messages';
import { pageMetadata } from '@/lib/seo';
import { archivesOgImageUrl, archivesUrl } from '@/lib/urls';

export const metadata: Metadata = pageMetadata({
  title: t.archives,
  description: t.archivesDescription,
  path: archivesUrl(),
  image: archivesOgImageUrl(),
});

export default function ArchivesPage() {
  return (
    <section className="flex flex-col gap-10">
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50">{t.archives}</h1>
      <ArchiveOverview years={siteArchive()} />
    </section>
  );
}
