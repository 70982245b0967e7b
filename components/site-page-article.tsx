import type { RenderedPage, SitePage } from '@/lib/pages';
import { sitePagePath } from '@/lib/urls';

import { Comments } from './comments';
import { ImageZoom } from './image-zoom';

/** A site page (`content/pages/about.md`): its title, rendered Markdown, and comments if it asks for them. */
export function SitePageArticle({ page, rendered }: { page: SitePage; rendered: RenderedPage }) {
  return (
    <article className="flex min-w-0 flex-col gap-8">
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">
        {page.title}
      </h1>
      <div
        className="prose max-w-none prose-zinc dark:prose-invert prose-headings:scroll-mt-20 prose-a:break-words"
        // Rendered at build time from the writer's own Markdown (lib/pages.ts).
        dangerouslySetInnerHTML={{ __html: rendered.html }}
        suppressHydrationWarning
      />
      {page.comments && (
        // A page's key is its path (`about`), its comments_id if it has one.
        <Comments post={{ slug: page.path, permalink: sitePagePath(page), commentsId: page.commentsId }} />
      )}
      {rendered.facts.hasZoomableImages && <ImageZoom />}
    </article>
  );
}
