import { t } from '@/lib/messages';
import type { TagSummary } from '@/lib/posts';
import { tagUrl } from '@/lib/urls';

/** Every tag with its post count, most used first. */
export function TagCloud({ tags }: { tags: readonly TagSummary[] }) {
  if (!tags.length) return <p className="text-zinc-600 dark:text-zinc-400">{t.noPosts}</p>;
  return (
    <ul className="flex flex-wrap gap-3">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a
            href={tagUrl(tag)}
            className="inline-flex items-baseline gap-1.5 rounded-full bg-zinc-100 px-3 py-1 hover:bg-zinc-200 dark:bg-zinc-800 dark:hover:bg-zinc-700"
          >
            <span className="wrap-anywhere">#{tag.name}</span>
            <span className="text-sm text-zinc-600 dark:text-zinc-400">
              <span className="sr-only">, </span>
              {tag.count}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
