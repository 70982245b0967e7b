import path from 'node:path';

import { expandHexoTags, type EmbedService, type HexoTagContext } from '../markdown/hexo-tags';
import { readCategoryPaths, readDate } from '../front-matter';
import { assetCandidates, assetFolderOf, findFile } from '../markdown/post-assets';
import { t } from '../messages';
import { site } from '../site';
import { postAssetUrl, postUrl } from '../urls';
import { contentDirs } from './dirs';
import { parsePostFileName } from './post-file-name';
import { postLookup, type FindPost, type PostFacts } from './post-lookup';
import { permalinkOfPost } from './post-permalink';
import { isPublishedAt } from './publication';
import { sitePublication } from './site-publication';

/** Every tag problem of one file, one line each (`content/posts/a.md:12: post_link: no post "b"`). */
export class HexoTagError extends Error {
  constructor(file: string, problems: readonly { line: number; message: string }[]) {
    super(problems.map((problem) => `${file}:${problem.line}: ${problem.message}`).join('\n'));
    this.name = 'HexoTagError';
  }
}

let findPost: FindPost | undefined;

const dateOf = (post: PostFacts) =>
  readDate(post.fields.date, path.join(contentDirs.posts, post.path), site.timeZone, post.fileName.date);

/** Every post of the site this build publishes, looked up once per build process. */
const lookup: FindPost = (target) =>
  (findPost ??= postLookup(
    contentDirs.posts,
    site.newPostName,
    (post) => {
      const file = path.join(contentDirs.posts, post.path);
      return postUrl({
        permalink: permalinkOfPost({
          fileName: post.fileName,
          title: post.title,
          date: dateOf(post),
          categoryPaths: readCategoryPaths(post.fields, file),
          fields: post.fields,
          file,
        }),
      });
    },
    (post) => {
      try {
        return isPublishedAt(true, dateOf(post), sitePublication);
      } catch {
        return true; // The post's own build reports a wrong date.
      }
    },
  ))(target);

const VIDEO_SERVICES: Partial<Record<EmbedService, string>> = {
  youtube: 'YouTube',
  'youtube-playlist': 'YouTube',
  vimeo: 'Vimeo',
};

/** The context of Hexo's tags in a file: the site's posts, the file's asset folder, the site's language. */
export function tagContext(file: string, assetUrl: HexoTagContext['assetUrl']): HexoTagContext {
  return {
    file,
    findPost: lookup,
    assetUrl,
    keepTags: site.keepTags,
    embedTitle: (service, target) => {
      const name = VIDEO_SERVICES[service];
      return name ? `${t.embedTitle(name)} ${target}` : undefined;
    },
  };
}

/** The tag context of the post at `sourceFilePath` (relative to the posts folder): its own asset folder. */
export function postTagContext(sourceFilePath: string): HexoTagContext {
  const slug = parsePostFileName(sourceFilePath, site.newPostName).slug;
  const folder = assetFolderOf(sourceFilePath);
  return tagContext(path.join(contentDirs.posts, sourceFilePath), (name) => {
    const wanted = name.replace(/\\/g, '/');
    const found = assetCandidates(sourceFilePath, wanted).find((candidate) =>
      findFile(contentDirs.posts, `${folder}/${candidate}`),
    );
    return found === undefined ? undefined : postAssetUrl(slug, found);
  });
}

/**
 * A file's text with Hexo's tags expanded, as Hexo renders them before its Markdown renderer.
 * Every problem of the file fails it at once, naming the file and each line. `lineShift` is how
 * many lines the text has gained above its body (lib/content/hexo-front-matter.ts), so that
 * lines are reported as the author wrote them.
 */
export function expandTags(text: string, context: HexoTagContext, lineShift = 0): string {
  const { markdown, problems } = expandHexoTags(text, context);
  if (problems.length) {
    throw new HexoTagError(
      context.file,
      problems.map((problem) => ({ ...problem, line: problem.line - lineShift })),
    );
  }
  return markdown;
}
