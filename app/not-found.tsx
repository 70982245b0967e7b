import { Link } from '@/components/link';

import { t } from '@/lib/messages';
import { archivesUrl, categoriesIndexUrl, homeUrl, tagsIndexUrl } from '@/lib/urls';

export default function NotFound() {
  return (
    <section className="flex flex-col gap-4">
      <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">404</p>
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50">{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <ul className="flex flex-wrap gap-4 font-medium">
        <li>
          <Link href={homeUrl} className="underline">
            {t.home}
          </Link>
        </li>
        <li>
          <Link href={tagsIndexUrl} className="underline">
            {t.allTags}
          </Link>
        </li>
        <li>
          <Link href={categoriesIndexUrl} className="underline">
            {t.allCategories}
          </Link>
        </li>
        <li>
          <Link href={archivesUrl()} className="underline">
            {t.archives}
          </Link>
        </li>
      </ul>
    </section>
  );
}
