import { fieldReader, settingsMapping, type Complain } from '../settings-fields';

export const COMMENT_PROVIDERS = ['giscus', 'utterances'] as const;
export type CommentProvider = (typeof COMMENT_PROVIDERS)[number];

/**
 * How a post finds its thread: `key` by a readable key that survives a permalink change (the
 * post's slug, or its `comments_id`); `pathname` by its path as the provider itself would map it,
 * for blogs whose threads already exist (an imported Hexo blog: its old paths).
 */
export const COMMENT_MAPPINGS = ['key', 'pathname'] as const;
export type CommentMapping = (typeof COMMENT_MAPPINGS)[number];

/** The settings' `comments:` mapping, checked. Off (`undefined`) unless it names a provider. */
export interface CommentsSettings {
  provider: CommentProvider;
  /** `owner/name` of the GitHub repository holding the threads. */
  repo: string;
  /** giscus only: the ids giscus.app gives for the repository and the discussions' category. */
  repoId?: string;
  category?: string;
  categoryId?: string;
  mapping: CommentMapping;
  /** giscus: reactions to the post above its comments. */
  reactions: boolean;
  /** giscus: the comment box above (`top`) or below (`bottom`) the comments. */
  inputPosition: 'top' | 'bottom';
  /** utterances: the label its issues get. */
  label?: string;
}

const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/** Reads the `comments:` mapping of the settings file; `complain` names the key of a wrong value. */
export function readCommentsSettings(value: unknown, complain: Complain): CommentsSettings | undefined {
  const fields = settingsMapping(value, 'comments', complain);
  if (!fields || fields.provider === false || fields.enable === false) return undefined;
  const read = fieldReader(fields, 'comments', complain);
  const provider = read.oneOf('provider', COMMENT_PROVIDERS);
  const settings: CommentsSettings = {
    provider,
    repo: read.matching('repo', REPO, 'owner/repository'),
    mapping: read.oneOf('mapping', COMMENT_MAPPINGS, 'key'),
    reactions: read.flag('reactions', true),
    inputPosition: read.oneOf('input_position', ['top', 'bottom'] as const, 'bottom'),
  };
  if (provider === 'giscus') {
    // giscus.app shows these four for a repository once its app is installed.
    settings.repoId = read.text('repo_id');
    settings.category = read.text('category');
    settings.categoryId = read.text('category_id');
  } else {
    const label = read.text('label', '');
    if (label) settings.label = label;
  }
  return settings;
}
