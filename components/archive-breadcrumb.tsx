import { formatMonth, formatYear } from '@/lib/dates';
import { t } from '@/lib/messages';
import { site } from '@/lib/site';
import { archivesUrl } from '@/lib/urls';

/** Where an archive page sits: 아카이브 › 2025년 › 1월, every level but the current one a link. */
export function ArchiveBreadcrumb({ period }: { period: { year: number; month?: number } }) {
  const { year, month } = period;
  const levels = [
    { name: t.archives, href: archivesUrl() },
    { name: formatYear(year, site.locale), href: archivesUrl(year) },
    ...(month === undefined ? [] : [{ name: formatMonth(month, site.locale), href: archivesUrl(year, month) }]),
  ];
  return (
    <nav aria-label={t.breadcrumb} className="text-sm text-zinc-600 dark:text-zinc-400">
      <ol className="flex flex-wrap gap-1">
        {levels.map((level, i) => (
          <li key={level.href} className="flex gap-1 wrap-anywhere">
            {i > 0 && <span aria-hidden="true">›</span>}
            {i === levels.length - 1 ? (
              <span aria-current="page">{level.name}</span>
            ) : (
              <a href={level.href} className="hover:underline">
                {level.name}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
