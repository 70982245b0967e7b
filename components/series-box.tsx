import { t } from '@/lib/messages';
import type { Post, SeriesPart } from '@/lib/posts';
import { postUrl, seriesUrl } from '@/lib/urls';

/**
 * The box on each part of a series: "시리즈 2/4", the series' name linking to its page, the list of
 * its parts (the one being read marked) and the previous and next part. The list is a closed
 * `<details>` on phones and open from `sm` up: both are rendered and CSS shows one, without JavaScript.
 */
export function SeriesBox({ part, post }: { part: SeriesPart; post: Post }) {
  const { series, number, previous, next } = part;
  const list = (
    <ol className="flex list-decimal flex-col gap-1.5 pl-6 text-sm marker:text-zinc-500">
      {series.parts.map((entry) => (
        <li key={entry.slug}>
          {entry.slug === post.slug ? (
            <span aria-current="page" className="font-semibold text-zinc-900 dark:text-zinc-50">
              {entry.title} <span className="font-normal text-zinc-600 dark:text-zinc-400">· {t.currentPart}</span>
            </span>
          ) : (
            <a href={postUrl(entry)} className="hover:underline">
              {entry.title}
            </a>
          )}
        </li>
      ))}
    </ol>
  );
  return (
    <section
      aria-labelledby="series-box-title"
      className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-zinc-50 p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-800/40"
    >
      <h2 id="series-box-title" className="flex flex-col gap-0.5">
        <span className="text-sm font-medium text-zinc-600 dark:text-zinc-400">
          {t.seriesPosition(number, series.parts.length)}
        </span>
        {/* A space, so the section's name reads "시리즈 2/4 한글 검색 만들기". */}{' '}
        <a href={seriesUrl(series)} className="text-lg font-bold text-zinc-900 hover:underline dark:text-zinc-50">
          {series.name}
        </a>
      </h2>
      <details className="sm:hidden">
        <summary className="min-h-11 cursor-pointer content-center text-sm font-semibold">{t.seriesParts}</summary>
        {list}
      </details>
      <div className="hidden sm:block">{list}</div>
      {(previous || next) && (
        <nav aria-label={t.seriesNav} className="grid gap-3 pt-1 text-sm sm:grid-cols-2">
          {previous ? (
            <a href={postUrl(previous)} className="group flex min-w-0 flex-col">
              <span className="text-zinc-600 dark:text-zinc-400">← {t.previousPart}</span>
              <span className="font-semibold group-hover:underline">{previous.title}</span>
            </a>
          ) : (
            <span />
          )}
          {next && (
            <a href={postUrl(next)} className="group flex min-w-0 flex-col sm:items-end sm:text-right">
              <span className="text-zinc-600 dark:text-zinc-400">{t.nextPart} →</span>
              <span className="font-semibold group-hover:underline">{next.title}</span>
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
