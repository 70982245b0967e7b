import { t } from '@/lib/messages';
import type { Series } from '@/lib/posts';
import { seriesUrl } from '@/lib/urls';

import { FormattedDate } from './formatted-date';

/** Every series: its name, how many parts it has and when it was last updated, the latest first. */
export function SeriesIndex({ series }: { series: readonly Series[] }) {
  return (
    <section className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50">{t.series}</h1>
      {series.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">{t.noPosts}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-zinc-200 dark:divide-zinc-800">
          {series.map((entry) => (
            <li key={entry.slug} className="flex flex-col gap-1 py-4">
              <a
                href={seriesUrl(entry)}
                className="text-xl font-bold tracking-tight text-zinc-900 hover:underline dark:text-zinc-50"
              >
                {entry.name}
              </a>
              <p className="flex flex-wrap gap-x-3 text-sm text-zinc-600 dark:text-zinc-400">
                <span>{t.seriesPartCount(entry.parts.length)}</span>
                <span>
                  {t.seriesUpdated} <FormattedDate date={entry.updated} />
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
