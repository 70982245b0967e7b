import { t } from '@/lib/messages';
import type { Tag } from '@/lib/posts';
import { seriesUrl } from '@/lib/urls';

/** The series a post is a part of, on listing cards and search results: "시리즈 · 한글 검색 만들기". */
export function SeriesLink({ series }: { series: Tag }) {
  return (
    <a
      href={seriesUrl(series)}
      className="w-fit text-sm font-medium wrap-anywhere text-zinc-700 hover:underline dark:text-zinc-300"
    >
      <span className="text-zinc-500 dark:text-zinc-400">{t.series} · </span>
      {series.name}
    </a>
  );
}
