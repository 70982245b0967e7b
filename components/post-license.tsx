import { yearMonthIn } from '@/lib/dates';
import { t } from '@/lib/messages';
import type { Post } from '@/lib/posts';
import { site } from '@/lib/site';

/** The post's licence under its text (its own `license:`, else the site's), linked to its page. */
export function PostLicense({ post }: { post: Post }) {
  const { license } = post;
  if (!license) return null;
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-400">
      {license.allRightsReserved ? (
        <>
          © {yearMonthIn(post.date, site.timeZone).year} {site.author}. {t.allRightsReserved}
        </>
      ) : (
        <>
          {t.license}:{' '}
          {license.url ? (
            <a
              href={license.url}
              rel="license"
              className="underline underline-offset-2 hover:text-zinc-900 dark:hover:text-zinc-100"
            >
              {license.name}
            </a>
          ) : (
            license.name
          )}
        </>
      )}
    </p>
  );
}
