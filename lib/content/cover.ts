import { readFileSync } from 'node:fs';
import path from 'node:path';

import { imageSize } from 'image-size';

import { FrontMatterError } from '../front-matter';
import { assetCandidates, assetFolderOf, findFile } from '../markdown/post-assets';
import { postAssetUrl, staticFileUrl, withoutBase } from '../urls';

/** A post's picture, ready for an `<img>` and an `og:image`. */
export interface Cover {
  /** An absolute URL elsewhere, or a path on this site. */
  src: string;
  width?: number;
  height?: number;
}

const EXTERNAL = /^(?:https?:)?\/\//i;

/**
 * Resolves a post's `cover` (or `thumbnail`, `banner`) as written: a URL elsewhere is taken as
 * it is; `/images/a.png` is a static file; anything else is a file of the post's asset folder.
 * A local file that does not exist stops the build, naming the post and the field.
 */
export function resolveCover(
  written: string | undefined,
  post: { sourceFilePath: string; slug: string },
  dirs: { posts: string; static: string },
): Cover | undefined {
  if (!written) return undefined;
  if (EXTERNAL.test(written)) return { src: written.startsWith('//') ? `https:${written}` : written };
  const file = path.join(dirs.posts, post.sourceFilePath);
  const wanted = decodeURI(written).replace(/\\/g, '/');
  let found: string | undefined;
  let src: string;
  if (wanted.startsWith('/')) {
    const onSite = withoutBase(wanted);
    found = findFile(dirs.static, onSite.slice(1));
    src = staticFileUrl(onSite);
  } else {
    const folder = assetFolderOf(post.sourceFilePath);
    const name = assetCandidates(post.sourceFilePath, wanted).find((candidate) =>
      findFile(dirs.posts, `${folder}/${candidate}`),
    );
    found = name === undefined ? undefined : findFile(dirs.posts, `${folder}/${name}`);
    src = name === undefined ? '' : postAssetUrl(post.slug, name);
  }
  if (!found) {
    throw new FrontMatterError(file, 'cover', `"${written}" was not found (a URL, a path under the static files, or a file of the post's asset folder)`);
  }
  const { width, height } = imageSize(readFileSync(found));
  return { src, width, height };
}
