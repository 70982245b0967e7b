import { ArchiveList } from '@/components/archive-list';
import { resolveArchiveListing } from '@/lib/archive-listings';
import { archiveMetadata } from '@/lib/seo';

// The whole archive always has its first page, even on a site without posts.
export const metadata = archiveMetadata(resolveArchiveListing({})!);

export default function ArchivesPage() {
  return <ArchiveList listing={resolveArchiveListing({})!} />;
}
