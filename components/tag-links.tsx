import { t } from '@/lib/messages';
import type { Tag } from '@/lib/posts';
import { tagUrl } from '@/lib/urls';

/** A post's tags, each a link to its listing. */
export function TagLinks({ tags }: { tags: readonly Tag[] }) {
  if (!tags.length) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t.tags}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a
            href={tagUrl(tag)}
            className="rounded-full bg-zinc-100 px-2.5 py-0.5 text-sm wrap-anywhere text-zinc-700 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-200 dark:hover:bg-zinc-700"
          >
            #{tag.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
