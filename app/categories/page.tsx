import type { Metadata } from 'next';

import { CategoryTree } from '@/components/category-tree';
import { t } from '@/lib/messages';
import { postIndex } from '@/lib/posts';
import { pageMetadata } from '@/lib/seo';
import { categoriesIndexUrl } from '@/lib/urls';

export const metadata: Metadata = pageMetadata({
  title: t.allCategories,
  description: t.allCategoriesDescription,
  path: categoriesIndexUrl,
});

export default function CategoriesPage() {
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50">{t.allCategories}</h1>
      {postIndex.categoryTree.length ? (
        <CategoryTree nodes={postIndex.categoryTree} />
      ) : (
        <p className="text-zinc-600 dark:text-zinc-400">{t.noPosts}</p>
      )}
    </section>
  );
}
