import { t } from '@/lib/messages';
import { categoryTrail, type Category } from '@/lib/taxonomy';
import { categoriesIndexUrl, categoryUrl } from '@/lib/urls';

/** Where a category sits: 카테고리 › 개발 › 웹, every level but the current one a link. */
export function Breadcrumb({ category }: { category: Category }) {
  const trail = categoryTrail(category);
  return (
    <nav aria-label={t.breadcrumb} className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
      <ol className="flex flex-wrap gap-1">
        <li>
          <a href={categoriesIndexUrl} className="hover:underline">
            {t.categories}
          </a>
        </li>
        {trail.map((level, i) => (
          <li key={level.slug} className="flex gap-1 wrap-anywhere">
            <span aria-hidden="true">›</span>
            {i === trail.length - 1 ? (
              <span aria-current="page">{level.name}</span>
            ) : (
              <a href={categoryUrl(level)} className="hover:underline">
                {level.name}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
