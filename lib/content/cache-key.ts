import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { assetFolderOf } from '../markdown/post-assets';
import { MARKDOWN_FILE } from './dirs';

/**
 * What a post's built document depends on besides its own file, so that contentlayer's cache
 * (which knows only the file's modification time) can be kept between builds without ever serving
 * a stale page:
 * - `site`: the resolved site settings (permalink pattern, time zone, language, `SITE_URL` and
 *   base path, ...) and `dirs`, the content folders;
 * - `lockFile`: the installed packages (a new Markdown plugin or Shiki renders differently);
 * - `dirs.static`: every file a post may show by its site path (`/images/a.png`, with its size);
 * - the post's own asset folder (Hexo's `post_asset_folder`);
 * - every other post, for a post that links to one (`{% post_link %}`, `{% post_path %}`): their
 *   titles and URLs are in its text.
 * - whether the build holds the post back (`heldBack`: Hexo's `future: false` and a date after
 *   the build), for the post and for every post that links to others.
 * The code itself is covered by contentlayer: it rebuilds everything when its bundled config changes.
 */
export interface CacheInputs {
  site: unknown;
  dirs: { posts: string; static: string };
  lockFile: string;
  /** Whether this build leaves out the post at `relativeFilePath` though it is not a draft (a future post). */
  heldBack?: (relativeFilePath: string) => boolean;
}

const POST_REFERENCE = /\bpost_(?:link|path)\b/;

const hash = (...parts: string[]) => {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('base64url').slice(0, 22);
};

/** Each file under `dir` with its size and modification time, in a stable order; `''` when there is no folder. */
function folderState(dir: string): string {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return '';
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(file);
      return `${path.relative(dir, file)}\t${size}\t${mtimeMs}`;
    })
    .sort()
    .join('\n');
}

/**
 * The cache key of a post (`relativeFilePath` under the posts folder) whose file has `fileHash`
 * (contentlayer's: its modification time). What all posts share is computed once per build.
 */
export function postCacheKeys(inputs: CacheInputs): (relativeFilePath: string, fileHash: string) => string {
  let shared: string | undefined;
  let allPosts: string | undefined;
  const readLock = () => {
    try {
      return readFileSync(inputs.lockFile, 'utf8');
    } catch {
      return '';
    }
  };
  const heldBackPosts = () => {
    const { heldBack } = inputs;
    if (!heldBack) return '';
    const posts = readdirSync(inputs.dirs.posts, { recursive: true, encoding: 'utf8' });
    return posts.filter((file) => MARKDOWN_FILE.test(file) && heldBack(file)).sort().join('\n');
  };
  return (relativeFilePath, fileHash) => {
    shared ??= hash(JSON.stringify(inputs.site), JSON.stringify(inputs.dirs), readLock(), folderState(inputs.dirs.static));
    const file = path.join(inputs.dirs.posts, relativeFilePath);
    const assets = folderState(path.join(inputs.dirs.posts, assetFolderOf(relativeFilePath)));
    const linksPosts = POST_REFERENCE.test(readFileSync(file, 'utf8'));
    // Any post's file may change another's title or URL: the whole posts folder, as a post that links sees it.
    if (linksPosts) allPosts ??= hash(folderState(inputs.dirs.posts), heldBackPosts());
    const held = inputs.heldBack?.(relativeFilePath) ? 'held' : '';
    return [fileHash, shared, hash(assets), linksPosts ? allPosts : '', held].join(':');
  };
}
