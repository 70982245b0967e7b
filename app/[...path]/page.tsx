import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PageRedirect } from '@/components/page-redirect';
import { PostPage } from '@/components/post-page';
import { SitePageArticle } from '@/components/site-page-article';
import { renderSitePage, sitePages } from '@/lib/pages';
import { decodeSegments } from '@/lib/params';
import { postIndex } from '@/lib/posts';
import { resolvePath } from '@/lib/resolve-path';
import { pageMetadata, postMetadata } from '@/lib/seo';
import { sitePageUrl } from '@/lib/urls';

interface Props {
  params: Promise<{ path: string[] }>;
}

export const dynamicParams = false;

// Posts live wherever the permalink pattern puts them (`/posts/x`, `/2015/01/15/x/`), pages at
// their file's path (`/about`): both are answered here.
export function generateStaticParams() {
  const segments = (path: string) => path.split('/').filter(Boolean);
  return [
    ...postIndex.posts.map((post) => ({ path: segments(post.permalink) })),
    ...sitePages.map((page) => ({ path: segments(page.path) })),
  ];
}

async function find({ params }: Props) {
  const segments = decodeSegments((await params).path);
  return segments === undefined ? undefined : resolvePath(segments);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await find(props);
  if (found?.post) return postMetadata(found.post);
  if (!found?.page) return {};
  const metadata = pageMetadata({
    title: found.page.title,
    description: found.page.title,
    path: sitePageUrl(found.page),
  });
  return found.page.redirectTo ? { ...metadata, robots: { index: false } } : metadata;
}

export default async function PostOrPage(props: Props) {
  const found = await find(props);
  const { post, page } = found ?? {};
  if (post) {
    return (
      <PostPage
        post={post}
        neighbours={postIndex.getNeighbours(post)}
        related={postIndex.getRelated(post)}
        seriesPart={postIndex.getSeriesPart(post)}
      />
    );
  }
  if (!page) notFound();
  if (page.redirectTo) return <PageRedirect to={page.redirectTo} />;
  return <SitePageArticle page={page} rendered={await renderSitePage(page)} />;
}
