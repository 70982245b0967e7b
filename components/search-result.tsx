import type { SearchResult } from '@/lib/search/search';
import { postUrl } from '@/lib/urls';

import { CategoryPath } from './category-path';
import { FormattedDate } from './formatted-date';
import { Highlighted } from './highlighted';
import { SeriesLink } from './series-link';
import { TagLinks } from './tag-links';

/** One search result: its series, highlighted title and snippet, date, categories and tags. */
export function SearchResultCard({ result }: { result: SearchResult }) {
  return (
    <article className="flex flex-col gap-2 py-6">
      {result.series && <SeriesLink series={result.series} />}
      <h2 className="text-xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
        <a href={postUrl(result)} className="hover:underline">
          <Highlighted segments={result.title} />
        </a>
      </h2>
      <p className="leading-relaxed text-zinc-700 dark:text-zinc-300">
        <Highlighted segments={result.snippet} />
      </p>
      <p className="flex flex-wrap gap-x-3 text-sm text-zinc-600 dark:text-zinc-400">
        <FormattedDate date={new Date(result.date)} />
        {result.categories.map((category) => (
          <CategoryPath key={category.slugs.join('/')} category={category} />
        ))}
      </p>
      <TagLinks tags={result.tags} />
    </article>
  );
}
