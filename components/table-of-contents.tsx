import { t } from '@/lib/messages';
import { MIN_TOC_ENTRIES, type TocEntry } from '@/lib/toc';

interface TableOfContentsProps {
  entries: readonly TocEntry[];
  /**
   * `sidebar`: a sticky column beside the article, on wide (xl) screens only. `collapsible`: a
   * closed `<details>` above the text, below xl. A post renders both and CSS shows one, so the
   * table works without JavaScript.
   */
  variant: 'sidebar' | 'collapsible';
}

/** Links to a post's h2 and h3 headings; nothing when it has fewer than two. */
export function TableOfContents({ entries, variant }: TableOfContentsProps) {
  if (entries.length < MIN_TOC_ENTRIES) return null;
  const list = (
    <ol className="flex flex-col gap-2 text-sm leading-snug">
      {entries.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? 'pl-3' : undefined}>
          <a
            href={`#${entry.id}`}
            className="text-zinc-600 hover:text-zinc-900 hover:underline dark:text-zinc-400 dark:hover:text-zinc-100"
          >
            {entry.text}
          </a>
        </li>
      ))}
    </ol>
  );
  if (variant === 'sidebar') {
    return (
      <aside className="hidden xl:block">
        <nav
          aria-labelledby="toc-sidebar-title"
          className="sticky top-8 max-h-[calc(100dvh-4rem)] overflow-y-auto border-l border-zinc-200 pl-4 dark:border-zinc-800"
        >
          <p id="toc-sidebar-title" className="mb-3 text-sm font-semibold text-zinc-900 dark:text-zinc-50">
            {t.tableOfContents}
          </p>
          {list}
        </nav>
      </aside>
    );
  }
  return (
    <details className="rounded-lg border border-zinc-200 px-4 py-3 xl:hidden dark:border-zinc-800">
      <summary className="cursor-pointer text-sm font-semibold text-zinc-900 dark:text-zinc-50">
        {t.tableOfContents}
      </summary>
      <nav aria-label={t.tableOfContents} className="mt-3">
        {list}
      </nav>
    </details>
  );
}
