import Link from 'next/link';
import { Fragment } from 'react';

import type { Category } from '@/lib/posts';
import { categoryUrl } from '@/lib/urls';

/** A category with its parents (`개발 › 웹`), each level a link to its listing. */
export function CategoryPath({ category }: { category: Category }) {
  return (
    <span>
      {category.names.map((name, i) => (
        <Fragment key={category.slugs[i]}>
          {i > 0 && <span aria-hidden="true"> › </span>}
          <Link href={categoryUrl({ slugs: category.slugs.slice(0, i + 1) })} className="hover:underline">
            {name}
          </Link>
        </Fragment>
      ))}
    </span>
  );
}
