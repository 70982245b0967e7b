import { createHash } from 'node:crypto';

import { parse } from 'yaml';

import { postPermalink } from '../urls';
import type { PostFileName } from './post-file-name';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** The front matter of a post's text in the usual form (lib/content/hexo-front-matter.ts made it so). */
export function frontMatterFields(text: string): Record<string, unknown> {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const fields: unknown = yaml ? parse(yaml) : undefined;
  return fields && typeof fields === 'object' && !Array.isArray(fields) ? (fields as Record<string, unknown>) : {};
}

/**
 * A post's path on the site (lib/urls.ts `postPermalink`), from what the content layer knows of
 * it: its file name as Hexo reads it, its title, date and first category path, and every field of
 * its front matter (`:abbrlink`, a post's own `permalink`). With `pattern`, its path under that
 * pattern instead of the site's (the previous one, for redirects).
 */
export function permalinkOfPost(
  post: {
  fileName: PostFileName;
  title: string;
  date: Date;
  categoryPaths: readonly (readonly string[])[];
  /** Every field of its front matter. */
  fields: Readonly<Record<string, unknown>>;
  file: string;
  },
  pattern?: string,
): string {
  try {
    return postPermalink(
      {
        title: post.fileName.title,
        name: post.fileName.slug,
        postTitle: post.title,
        date: post.date,
        categories: post.categoryPaths[0] ?? [],
        fields: post.fields,
      },
      sha1,
      pattern,
    );
  } catch (error) {
    throw new Error(`${post.file}: ${(error as Error).message}`);
  }
}
