import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { readTitle } from '../front-matter';
import { nameKey } from '../slug';
import { canonicalFrontMatter } from './hexo-front-matter';
import { MARKDOWN_FILE } from './dirs';
import { parsePostFileName, type PostFileName } from './post-file-name';
import { frontMatterFields } from './post-permalink';

/** A post as another post's `{% post_link %}` sees it. */
export interface LinkedPost {
  title: string;
  url: string;
}

export type FindPost = (target: string) => LinkedPost | undefined;

/** A post file: its path under the posts folder (`/`-separated) and its text. */
export interface PostFile {
  path: string;
  text: string;
}

/** What is known of a post from its file alone: enough for its URL (lib/content/post-permalink.ts). */
export interface PostFacts {
  path: string;
  fileName: PostFileName;
  title: string;
  fields: Record<string, unknown>;
}

/**
 * Finds posts as Hexo's `post_link` finds them: by the path under the posts folder without the
 * extension (`notes/hexo-blog`), by Hexo's slug (`:title` of `new_post_name`, the date prefix
 * dropped), by the file name, or by the title. Unpublished posts (drafts, and those `isBuilt`
 * rejects: future ones under `future: false`) are not found: a link to one would lead nowhere.
 * Reads only front matter; `urlOf` gives a post's URL, when it is asked for.
 */
export function buildPostLookup(
  files: readonly PostFile[],
  newPostName: string,
  urlOf: (post: PostFacts) => string,
  isBuilt: (post: PostFacts) => boolean = () => true,
): FindPost {
  const byKey = new Map<string, LinkedPost>();
  const byTitle = new Map<string, LinkedPost>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const relative = file.path.normalize('NFC');
    let fields: Record<string, unknown>;
    try {
      // As the post's own build reads it (contentlayer.config.ts): a `date` without an offset
      // stays text, read in the site's time zone, never turned into a UTC instant.
      fields = frontMatterFields(canonicalFrontMatter(file.text));
    } catch {
      fields = {}; // The post's own build reports its front matter; it is still found by name.
    }
    if (fields.published === false) continue;
    const name = parsePostFileName(relative, newPostName);
    let title: string;
    try {
      title = readTitle(fields.title, relative, name.slug);
    } catch {
      title = name.slug;
    }
    const facts = { path: relative, fileName: name, title, fields };
    if (!isBuilt(facts)) continue;
    let url: string | undefined;
    // A URL is worked out only for posts that are linked to.
    const post = {
      title,
      get url() {
        return (url ??= urlOf(facts));
      },
    };
    const withoutExtension = relative.replace(MARKDOWN_FILE, '');
    for (const key of [withoutExtension, name.title, name.slug, path.posix.basename(withoutExtension)]) {
      if (!byKey.has(key)) byKey.set(key, post);
    }
    if (!byTitle.has(nameKey(title))) byTitle.set(nameKey(title), post);
  }
  return (target) => {
    const key = target.trim().normalize('NFC').replace(MARKDOWN_FILE, '').replace(/^\/+|\/+$/g, '');
    return byKey.get(key) ?? byTitle.get(nameKey(target));
  };
}

/** {@link buildPostLookup} over every post file in `contentDir`. */
export function postLookup(
  contentDir: string,
  newPostName: string,
  urlOf: (post: PostFacts) => string,
  isBuilt?: (post: PostFacts) => boolean,
): FindPost {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => MARKDOWN_FILE.test(file))
    .map((file) => ({
      path: file.split(path.sep).join('/'),
      text: readFileSync(path.join(contentDir, file), 'utf8'),
    }));
  return buildPostLookup(files, newPostName, urlOf, isBuilt);
}
