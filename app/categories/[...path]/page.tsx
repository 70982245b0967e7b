import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { Breadcrumb } from '@/components/breadcrumb';
import { JsonLd } from '@/components/json-ld';
import { PostList } from '@/components/post-list';
import { categoryBreadcrumbJsonLd } from '@/lib/json-ld';
import { categoryParams, resolveCategoryListing } from '@/lib/listings';
import { t } from '@/lib/messages';
import { categoryMetadata } from '@/lib/seo';

interface Props {
  params: Promise<{ path: string[] }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return categoryParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = resolveCategoryListing((await params).path);
  return found ? categoryMetadata(found.category, found.listing) : {};
}

export default async function CategoryPage({ params }: Props) {
  const found = resolveCategoryListing((await params).path);
  if (!found) notFound();
  const { category, listing } = found;
  return (
    <>
      <JsonLd data={categoryBreadcrumbJsonLd(category)} />
      <PostList before={<Breadcrumb category={category} />} title={t.postsInCategory(category.name)} {...listing} />
    </>
  );
}
