// Runs after `contentlayer2 build`: copies each published post's Hexo asset folder
// (`my-post.md` beside `my-post/`) to public/posts/<slug>/, where the rewritten image URLs point
// (lib/markdown/post-images.ts). Unpublished posts' folders stay private; stale copies are removed.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

import { contentDirs } from '../lib/content/dirs';
import { isPublished, type SourcePost } from '../lib/post-index';
import { assetFolderOf } from '../lib/markdown/post-assets';

const contentDir = contentDirs.posts;
const target = 'public/posts';

// Posts, notes and system files (.DS_Store) are not assets.
const isAsset = (name: string) => !name.startsWith('.') && !/\.(md|markdown)$/i.test(name);

/** Copies a folder tree, naming every file in NFC as the URLs do (macOS may have written NFD). */
function copyTree(from: string, to: string): number {
  let count = 0;
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!isAsset(entry.name)) continue;
    const source = path.join(from, entry.name);
    const destination = path.join(to, entry.name.normalize('NFC'));
    if (entry.isDirectory()) count += copyTree(source, destination);
    else if (entry.isFile()) {
      copyFileSync(source, destination);
      count += 1;
    }
  }
  return count;
}

const sources = JSON.parse(readFileSync('.contentlayer/generated/Post/_index.json', 'utf8')) as SourcePost[];
rmSync(target, { recursive: true, force: true });
let files = 0;
let posts = 0;
for (const post of sources.filter(isPublished)) {
  const folder = path.join(contentDir, assetFolderOf(post._raw.sourceFilePath));
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
  files += copyTree(folder, path.join(target, post.slug));
  posts += 1;
}
console.log(`Post assets: ${files} files from ${posts} posts copied to ${target}/`);
