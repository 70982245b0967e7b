import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { Breadcrumb } from '@/components/breadcrumb';
import { PostList } from '@/components/post-list';
import { categoryParams, resolveCategoryListing } from '@/lib/listings';
import { t } from '@/lib/messages';
import { categoryUrl } from '@/lib/urls';

interface Props {
  params: Promise<{ path: string[] }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return categoryParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = resolveCategoryListing((await params).path);
  if (!found) return {};
  const { category, listing } = found;
  return {
    title: t.postsInCategory(category.names.join(' › ')),
    alternates: { canonical: categoryUrl(category, listing.page.page) },
  };
}

export default async function CategoryPage({ params }: Props) {
  const found = resolveCategoryListing((await params).path);
  if (!found) notFound();
  const { category, listing } = found;
  return <PostList before={<Breadcrumb category={category} />} title={t.postsInCategory(category.name)} {...listing} />;
}
