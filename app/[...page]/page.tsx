import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PageRedirect } from '@/components/page-redirect';
import { SitePageArticle } from '@/components/site-page-article';
import { getSitePage, renderSitePage, sitePages } from '@/lib/pages';
import { decodeSegments } from '@/lib/params';
import { pageMetadata } from '@/lib/seo';
import { sitePageUrl } from '@/lib/urls';

interface Props {
  params: Promise<{ page: string[] }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return sitePages.map((page) => ({ page: page.path.split('/') }));
}

async function findPage({ params }: Props) {
  const segments = decodeSegments((await params).page);
  return segments === undefined ? undefined : getSitePage(segments.join('/'));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await findPage(props);
  if (!page) return {};
  const metadata = pageMetadata({ title: page.title, description: page.title, path: sitePageUrl(page) });
  return page.redirectTo ? { ...metadata, robots: { index: false } } : metadata;
}

export default async function SitePageRoute(props: Props) {
  const page = await findPage(props);
  if (!page) notFound();
  if (page.redirectTo) return <PageRedirect to={page.redirectTo} />;
  return <SitePageArticle title={page.title} html={await renderSitePage(page)} />;
}
