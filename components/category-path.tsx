import { Fragment } from 'react';

import { categoryTrail, type Category } from '@/lib/taxonomy';
import { categoryUrl } from '@/lib/urls';

/** A category with its parents (`개발 › 웹`), each level a link to its listing. */
export function CategoryPath({ category }: { category: Pick<Category, 'names' | 'slugs'> }) {
  return (
    <span className="wrap-anywhere">
      {categoryTrail(category).map((level, i) => (
        <Fragment key={level.slug}>
          {i > 0 && <span aria-hidden="true"> › </span>}
          <a href={categoryUrl(level)} className="hover:underline">
            {level.name}
          </a>
        </Fragment>
      ))}
    </span>
  );
}
