import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Element, Properties, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { imageSize } from 'image-size';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';

import { postSlug } from '../slug';
import { basePath, postAssetUrl, staticFileUrl, withoutBase } from '../urls';
import { assetCandidates, assetFolderOf, findFile } from './post-assets';
import { sourceFilePathOf } from './source-file';

export interface PostImagesOptions {
  /** The folder of posts (`CONTENT_DIR`); the post's path comes from the vfile. */
  contentDir: string;
  /** Where images with a root-relative `src` (`/images/a.png`) live: the site's static files. */
  publicDir: string;
  /** For a page: relative `src`s are relative to this URL path, among the static files (`/about`). */
  baseUrl?: string;
  /** The slug of the post at a path relative to `contentDir`. Default: its file name. */
  slugOf?: (sourceFilePath: string) => string;
  /** Where warnings go. Default `console.warn`. */
  warn?: (message: string) => void;
}

interface Size {
  width: number;
  height: number;
}

// `https:`, `data:`, `//cdn.example.com/...`: not ours to check or resize.
const NOT_LOCAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

const splitSuffix = (src: string) => {
  const at = src.search(/[?#]/);
  return at < 0 ? [src, ''] : [src.slice(0, at), src.slice(at)];
};

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

const dimension = (value: Properties[string]) =>
  typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value)) ? Number(value) : undefined;

function readSize(file: string): Size {
  const { width, height, orientation } = imageSize(readFileSync(file));
  // EXIF orientations 5-8 turn a photo on its side; browsers show it turned.
  return orientation && orientation >= 5 ? { width: height, height: width } : { width, height };
}

/** Fills in the missing dimensions, keeping the author's and the image's proportions. */
function setSize(properties: Properties, size: Size): void {
  const { width, height } = properties;
  if (width !== undefined && height !== undefined) return;
  if (width !== undefined) {
    const given = dimension(width);
    if (given) properties.height = Math.round((given * size.height) / size.width);
  } else if (height !== undefined) {
    const given = dimension(height);
    if (given) properties.width = Math.round((given * size.width) / size.height);
  } else {
    properties.width = size.width;
    properties.height = size.height;
  }
}

/**
 * Rehype plugin for every `<img>` of a post: images from the post's Hexo asset folder get their
 * public URL (`/posts/<slug>/photo.png`), local images get `width` and `height` from the file
 * (so the page does not jump while they load), and all images load lazily. A local image that
 * does not exist fails the build, naming the post and the image; an image without alt text is
 * reported, unless it sits in a link whose text already says where it goes.
 */
export function rehypePostImages({
  contentDir,
  publicDir,
  baseUrl,
  slugOf = postSlug,
  warn = console.warn,
}: PostImagesOptions) {
  return (tree: Root, file: VFile) => {
    const sourceFilePath = sourceFilePathOf(file);
    if (!sourceFilePath) throw new Error('rehypePostImages: the vfile does not say which post it holds');
    const postFile = path.join(contentDir, sourceFilePath);
    const slug = slugOf(sourceFilePath);
    // `{% asset_img %}` writes the asset's public URL, which lives in the asset folder.
    const ownAssets = decode(withoutBase(postAssetUrl(slug, '')));
    function fail(src: string, problem: string): never {
      throw new Error(`${postFile}: image "${src}" ${problem}`);
    }

    visitParents(tree, 'element', (node: Element, ancestors) => {
      if (node.tagName !== 'img') return;
      const properties = node.properties;
      const src = typeof properties.src === 'string' ? properties.src.trim() : '';
      if (!src) fail(src, 'has no src');

      if (!NOT_LOCAL.test(src)) {
        const [pathPart, suffix] = splitSuffix(src) as [string, string];
        // Browsers read a backslash, also a percent-encoded one, as a slash; so did the Hexo site.
        let wanted = decode(pathPart).replace(/\\/g, '/');
        // Paths on the site from here on: under a sub-path, `/blog/images/a.png` is `/images/a.png`.
        if (wanted.startsWith('/')) wanted = withoutBase(wanted);
        else if (baseUrl !== undefined) wanted = path.posix.join(decode(withoutBase(baseUrl)), wanted);
        let found: string | undefined;
        if (wanted.startsWith(ownAssets)) {
          found = findFile(contentDir, `${assetFolderOf(sourceFilePath)}/${wanted.slice(ownAssets.length)}`);
          if (!found) fail(src, `was not found in the post's asset folder`);
        } else if (wanted.startsWith('/')) {
          found = findFile(publicDir, wanted.slice(1));
          if (!found) fail(src, `was not found in ${publicDir}/`);
          if (basePath || baseUrl !== undefined || /\\|%5c/i.test(pathPart))
            properties.src = staticFileUrl(wanted) + suffix;
        } else {
          const folder = assetFolderOf(sourceFilePath);
          for (const name of assetCandidates(sourceFilePath, wanted)) {
            found = findFile(contentDir, `${folder}/${name}`);
            if (found) {
              properties.src = postAssetUrl(slug, name) + suffix;
              break;
            }
          }
          if (!found) fail(src, `was not found in the post's asset folder ${path.join(contentDir, folder)}/`);
        }
        try {
          setSize(properties, readSize(found));
        } catch (error) {
          fail(src, `could not be measured: ${(error as Error).message}`);
        }
      }

      properties.loading ??= 'lazy';
      properties.decoding ??= 'async';

      if (typeof properties.alt !== 'string' || !properties.alt.trim()) {
        const link = ancestors.findLast((ancestor) => ancestor.type === 'element' && ancestor.tagName === 'a');
        // The link's text names it; the image adds nothing a screen reader should repeat.
        if (link && toString(link).trim()) properties.alt = '';
        else warn(`Warning: ${postFile}: image "${src}" has no alt text; describe it: ![설명](${src})`);
      }
    });
  };
}
