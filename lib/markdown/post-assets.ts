import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// Hexo's `post_asset_folder`: `notes/my-post.md` keeps its images in `notes/my-post/`, and the
// post refers to them as `photo.png`, `./photo.png` or `my-post/photo.png`.

/** The asset folder of a post, relative to the content folder, with `/` separators. */
export function assetFolderOf(sourceFilePath: string): string {
  return sourceFilePath.replace(/\.(md|markdown)$/i, '');
}

/**
 * The paths inside its asset folder that a post's relative `src` may mean, most likely first:
 * relative to the post file (`my-post/photo.png`), then to the asset folder (`photo.png`).
 * Paths that leave the asset folder are not candidates: only that folder is published.
 */
export function assetCandidates(sourceFilePath: string, src: string): string[] {
  const folder = assetFolderOf(sourceFilePath.normalize('NFC'));
  const name = src.normalize('NFC');
  const candidates = [path.posix.join(path.posix.dirname(folder), name), path.posix.join(folder, name)]
    .filter((candidate) => candidate.startsWith(`${folder}/`))
    .map((candidate) => candidate.slice(folder.length + 1));
  return [...new Set(candidates)];
}

const stat = (file: string) => statSync(file, { throwIfNoEntry: false });

/**
 * The file at `relative` (`/`-separated) under `root`, matching each name whatever its Unicode
 * form: macOS may store Hangul file names decomposed (NFD) while Markdown holds them composed.
 */
export function findFile(root: string, relative: string): string | undefined {
  let current = root;
  for (const name of relative.split('/')) {
    const exact = path.join(current, name);
    if (stat(exact)) {
      current = exact;
      continue;
    }
    if (!stat(current)?.isDirectory()) return undefined;
    const match = readdirSync(current).find((entry) => entry.normalize('NFC') === name.normalize('NFC'));
    if (match === undefined) return undefined;
    current = path.join(current, match);
  }
  return stat(current)?.isFile() ? current : undefined;
}
