import { t } from '@/lib/messages';

interface PaginationProps {
  page: number;
  totalPages: number;
  /** The URL of page `n` of this listing (from lib/urls.ts). */
  hrefOf: (page: number) => string;
}

/** Newer/older page links, marked `rel="prev"`/`rel="next"` for browsers and crawlers. */
export function Pagination({ page, totalPages, hrefOf }: PaginationProps) {
  if (totalPages <= 1) return null;
  const prev = page > 1 ? hrefOf(page - 1) : undefined;
  const next = page < totalPages ? hrefOf(page + 1) : undefined;
  return (
    <nav aria-label={t.pagination} className="flex items-center justify-between gap-4 py-8 text-sm">
      {prev && <link rel="prev" href={prev} />}
      {next && <link rel="next" href={next} />}
      {prev ? (
        <a
          rel="prev"
          href={prev}
          className="inline-flex min-h-11 items-center font-medium whitespace-nowrap hover:underline"
        >
          {t.newerPage}
        </a>
      ) : (
        <span />
      )}
      <span className="text-zinc-600 dark:text-zinc-400">{t.pageOf(page, totalPages)}</span>
      {next ? (
        <a
          rel="next"
          href={next}
          className="inline-flex min-h-11 items-center font-medium whitespace-nowrap hover:underline"
        >
          {t.olderPage}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
