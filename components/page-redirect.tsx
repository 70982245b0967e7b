import { t } from '@/lib/messages';
import { absoluteUrl } from '@/lib/urls';

/**
 * A Hexo theme's placeholder page (`source/tags/index.md`, `type: tags`) sends its readers to this
 * site's own page: a refresh any static host serves, and a link for those who stay.
 */
export function PageRedirect({ to }: { to: string }) {
  return (
    <>
      {/* React puts it in <head>. */}
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <link rel="canonical" href={absoluteUrl(to)} />
      <p>
        <a href={to}>{t.movedTo}</a>
      </p>
    </>
  );
}
