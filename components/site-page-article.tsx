/** A site page (`content/pages/about.md`): its title and rendered Markdown. */
export function SitePageArticle({ title, html }: { title: string; html: string }) {
  return (
    <article className="flex min-w-0 flex-col gap-8">
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">{title}</h1>
      <div
        className="prose max-w-none prose-zinc dark:prose-invert prose-headings:scroll-mt-20 prose-a:break-words"
        // Rendered at build time from the writer's own Markdown (lib/pages.ts).
        dangerouslySetInnerHTML={{ __html: html }}
        suppressHydrationWarning
      />
    </article>
  );
}
