import type { CommentsSettings } from '@/lib/comments/settings';
import { COMMENT_PROVIDERS_FACTS, providerAttributes } from '@/lib/comments/providers';
import { commentsTerm, type ThreadPost } from '@/lib/comments/thread';
import { interfaceLanguage } from '@/lib/locale';
import { t } from '@/lib/messages';
import { site } from '@/lib/site';
import { basePath, githubThreadsUrl } from '@/lib/urls';

import { IslandScript } from './island-script';
import {
  COMMENTS_ATTRIBUTE,
  COMMENTS_ATTRIBUTES_ATTRIBUTE,
  COMMENTS_BUTTON_ATTRIBUTE,
  COMMENTS_SCRIPT_ATTRIBUTE,
  COMMENTS_WIDGET_ATTRIBUTE,
} from './islands/hooks';

interface CommentsProps {
  post: ThreadPost;
  /** The site's `comments:` settings; nothing is rendered without them. */
  settings?: CommentsSettings;
}

/**
 * A post's comment section: a heading, the place of the provider's widget, which the comments
 * island fills when the section comes near (or on "댓글 보기"), and a link to the thread on
 * GitHub, which is all a reader without JavaScript gets.
 */
export function Comments({ post, settings = site.comments }: CommentsProps) {
  if (!settings) return null;
  const term = commentsTerm(post, settings.mapping, basePath);
  const attributes = providerAttributes(settings, term, interfaceLanguage(site.language));
  return (
    <section
      aria-labelledby="comments-title"
      className="flex flex-col gap-4 border-t border-zinc-200 pt-8 dark:border-zinc-800"
      {...{
        [COMMENTS_ATTRIBUTE]: settings.provider,
        [COMMENTS_SCRIPT_ATTRIBUTE]: COMMENT_PROVIDERS_FACTS[settings.provider].script,
        [COMMENTS_ATTRIBUTES_ATTRIBUTE]: JSON.stringify(attributes),
      }}
    >
      <IslandScript name="comments" />
      <h2 id="comments-title" className="text-lg font-bold text-zinc-900 dark:text-zinc-50">
        {t.comments}
      </h2>
      {/* The button keeps its place while invisible (until the island runs) and the row its height once
          the button goes, so neither moves anything. */}
      <div className="flex min-h-11 flex-wrap items-center gap-4">
        <a href={githubThreadsUrl(settings, term)} className="text-sm underline" rel="noopener">
          {t.commentsOnGitHub}
        </a>
        <button
          type="button"
          {...{ [COMMENTS_BUTTON_ATTRIBUTE]: '' }}
          className="invisible min-h-11 rounded-md border border-zinc-300 px-4 font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {t.showComments}
        </button>
      </div>
      <div className={settings.provider === 'giscus' ? 'giscus' : undefined} {...{ [COMMENTS_WIDGET_ATTRIBUTE]: '' }} />
    </section>
  );
}
