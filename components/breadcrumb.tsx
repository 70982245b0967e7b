import Link from 'next/link';

import { t } from '@/lib/messages';
import type { Category } from '@/lib/posts';
import { categoriesIndexUrl, categoryUrl } from '@/lib/urls';

/** Where a category sits: 카테고리 › 개발 › 웹, every level but the current one a link. */
export function Breadcrumb({ category }: { category: Category }) {
  return (
    <nav aria-label={t.breadcrumb} className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
      <ol className="flex flex-wrap gap-1">
        <li>
          <Link href={categoriesIndexUrl} className="hover:underline">
            {t.categories}
          </Link>
        </li>
        {category.names.map((name, i) => {
          const current = i === category.names.length - 1;
          return (
            <li key={category.slugs[i]} className="flex gap-1">
              <span aria-hidden="true">›</span>
              {current ? (
                <span aria-current="page">{name}</span>
              ) : (
                <Link href={categoryUrl({ slugs: category.slugs.slice(0, i + 1) })} className="hover:underline">
                  {name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
