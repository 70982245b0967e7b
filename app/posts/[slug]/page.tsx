import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { JsonLd } from '@/components/json-ld';
import { PostArticle } from '@/components/post-article';
import { blogPostingJsonLd, postBreadcrumbJsonLd } from '@/lib/json-ld';
import { decodeSegment } from '@/lib/params';
import { postIndex } from '@/lib/posts';
import { postMetadata } from '@/lib/seo';
import { katexStylesheetUrl } from '@/lib/urls';

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return postIndex.posts.map((post) => ({ slug: post.slug }));
}

async function findPost({ params }: Props) {
  const slug = decodeSegment((await params).slug);
  return slug === undefined ? undefined : postIndex.getPost(slug);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const post = await findPost(props);
  if (!post) return {};
  return postMetadata(post);
}

export default async function PostPage(props: Props) {
  const post = await findPost(props);
  if (!post) notFound();
  return (
    <>
      {/* Formulas are typeset at build time (contentlayer.config.ts); only a post that has some
          needs KaTeX's styles and fonts. React puts the link in <head>, render-blocking as it must
          be (unstyled formulas would jump). */}
      {post.hasMath && <link rel="stylesheet" href={katexStylesheetUrl} precedence="default" />}
      <JsonLd data={[blogPostingJsonLd(post), postBreadcrumbJsonLd(post)]} />
      <PostArticle post={post} neighbours={postIndex.getNeighbours(post)} related={postIndex.getRelated(post)} />
    </>
  );
}
