import type { Metadata } from 'next';

import { TagCloud } from '@/components/tag-cloud';
import { t } from '@/lib/messages';
import { postIndex } from '@/lib/posts';

export const metadata: Metadata = { title: t.allTags };

export default function TagsPage() {
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50">{t.allTags}</h1>
      <TagCloud tags={postIndex.tags} />
    </section>
  );
}
