import { t } from '@/lib/messages';
import type { Series } from '@/lib/posts';
import { postUrl, seriesIndexUrl } from '@/lib/urls';

import { FormattedDate } from './formatted-date';

/** A series' page: its parts in reading order, each with its date and excerpt. */
export function SeriesPage({ series }: { series: Series }) {
  return (
    <section className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <a href={seriesIndexUrl} className="text-sm text-zinc-600 hover:underline dark:text-zinc-400">
          {t.series}
        </a>
        <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50">
          {t.seriesTitle(series.name)}
        </h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {t.seriesPartCount(series.parts.length)} · {t.seriesUpdated} <FormattedDate date={series.updated} />
        </p>
      </header>
      <ol className="flex flex-col divide-y divide-zinc-200 dark:divide-zinc-800">
        {series.parts.map((post, i) => (
          <li key={post.slug} className="flex gap-4 py-5" lang={post.lang}>
            <span
              aria-hidden="true"
              className="w-8 shrink-0 text-2xl font-bold text-zinc-500 tabular-nums dark:text-zinc-400"
            >
              {i + 1}
            </span>
            <div className="flex min-w-0 flex-col gap-1">
              <h2 className="text-xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
                <a href={postUrl(post)} className="hover:underline">
                  {post.title}
                </a>
              </h2>
              <p className="leading-relaxed text-zinc-700 dark:text-zinc-300">{post.excerpt}</p>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                <FormattedDate date={post.date} />
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
