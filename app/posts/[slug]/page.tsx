import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PostArticle } from '@/components/post-article';
import { decodeSegment } from '@/lib/params';
import { postIndex } from '@/lib/posts';
import { postUrl } from '@/lib/urls';

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
  return { title: post.title, description: post.excerpt, alternates: { canonical: postUrl(post.slug) } };
}

export default async function PostPage(props: Props) {
  const post = await findPost(props);
  if (!post) notFound();
  return <PostArticle post={post} neighbours={postIndex.getNeighbours(post)} />;
}
