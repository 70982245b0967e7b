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
          <a href={homeUrl} className="underline">
            {t.home}
          </a>
        </li>
        <li>
          <a href={tagsIndexUrl} className="underline">
            {t.allTags}
          </a>
        </li>
        <li>
          <a href={categoriesIndexUrl} className="underline">
            {t.allCategories}
          </a>
        </li>
        <li>
          <a href={archivesUrl()} className="underline">
            {t.archives}
          </a>
        </li>
      </ul>
    </section>
  );
}
