import type { Neighbours, Post, SeriesPart } from '@/lib/posts';
import { blogPostingJsonLd, postBreadcrumbJsonLd } from '@/lib/json-ld';
import { katexStylesheetUrl } from '@/lib/urls';

import { JsonLd } from './json-ld';
import { PostArticle } from './post-article';

interface PostPageProps {
  post: Post;
  neighbours: Neighbours;
  related: readonly Post[];
  seriesPart?: SeriesPart;
}

/** A post's page: its structured data, KaTeX's styles when it has formulas, and the article. */
export function PostPage({ post, neighbours, related, seriesPart }: PostPageProps) {
  return (
    <>
      {/* Formulas are typeset at build time (contentlayer.config.ts); only a post that has some
          needs KaTeX's styles and fonts. React puts the link in <head>, render-blocking as it must
          be (unstyled formulas would jump). */}
      {post.hasMath && <link rel="stylesheet" href={katexStylesheetUrl} precedence="default" />}
      <JsonLd data={[blogPostingJsonLd(post), postBreadcrumbJsonLd(post)]} />
      <PostArticle post={post} neighbours={neighbours} related={related} seriesPart={seriesPart} />
    </>
  );
}
