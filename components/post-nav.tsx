import { t } from '@/lib/messages';
import type { Neighbours } from '@/lib/posts';
import { postUrl } from '@/lib/urls';

/** Links to the previous (older) and next (newer) post. */
export function PostNav({ neighbours }: { neighbours: Neighbours }) {
  const { newer, older } = neighbours;
  if (!newer && !older) return null;
  return (
    <nav
      aria-label={t.postNav}
      className="grid gap-4 border-t border-zinc-200 pt-8 sm:grid-cols-2 dark:border-zinc-800"
    >
      {older ? (
        <a href={postUrl(older)} rel="prev" className="group flex min-w-0 flex-col">
          <span className="text-sm text-zinc-600 dark:text-zinc-400">← {t.olderPost}</span>
          <span className="font-semibold group-hover:underline">{older.title}</span>
        </a>
      ) : (
        <span />
      )}
      {newer && (
        <a href={postUrl(newer)} rel="next" className="group flex min-w-0 flex-col sm:items-end sm:text-right">
          <span className="text-sm text-zinc-600 dark:text-zinc-400">{t.newerPost} →</span>
          <span className="font-semibold group-hover:underline">{newer.title}</span>
        </a>
      )}
    </nav>
  );
}
