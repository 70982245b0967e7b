import type { Metadata } from 'next';

import { TagCloud } from '@/components/tag-cloud';
import { t } from '@/lib/messages';
import { postIndex } from '@/lib/posts';
import { pageMetadata } from '@/lib/seo';
import { tagsIndexUrl } from '@/lib/urls';

export const metadata: Metadata = pageMetadata({
  title: t.allTags,
  description: t.allTagsDescription,
  path: tagsIndexUrl,
});

export default function TagsPage() {
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50">{t.allTags}</h1>
      <TagCloud tags={postIndex.tags} />
    </section>
  );
}
