// Runs right after `contentlayer2 build`: builds the post index once so that problems across
// posts (two files with one slug) fail here, naming the files, before Next.js starts; checks that
// no Hexo tag reaches a reader; and prints what the site will contain.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { contentDirs } from '../lib/content/dirs';
import { findRawTag, findRawTagInText } from '../lib/content/raw-tags';
import { buildPostIndex, type Post, type SourcePost } from '../lib/post-index';
import { shadowsGeneratedPath } from '../lib/content/static-files';
import { readPages, type SitePage } from '../lib/pages';

/** Every place a Hexo tag would reach readers: the page, and the excerpt and title that listings, feeds, OG images and search show. */
function rawTagProblems(posts: readonly Post[]): string[] {
  return posts.flatMap((post) => {
    const file = path.join(contentDirs.posts, post.sourcePath);
    const found = [
      ['title', findRawTagInText(post.title)],
      ['excerpt', findRawTagInText(post.excerpt)],
      ['body', findRawTag(post.html)],
    ].filter(([, tag]) => tag);
    return found.map(([where, tag]) => `${file}: "${tag} ..." is left as text in the ${where}`);
  });
}

/** A post whose URL is a route's or a page's would hide it, or be hidden: every such pair, named. */
function urlCollisions(posts: readonly Post[], pages: readonly SitePage[]): string[] {
  const pageAt = new Map(pages.map((page) => [page.path, page]));
  return posts.flatMap((post) => {
    const file = path.join(contentDirs.posts, post.sourcePath);
    const relative = post.permalink.replace(/^\/|\/$/g, '');
    // The site's own post URLs (`/posts/x`) and post assets share `posts/`; everything else there is generated.
    if (!relative.startsWith('posts/') && shadowsGeneratedPath(relative)) {
      return [`${file}: its URL ${post.permalink} is a page the site makes itself`];
    }
    const page = pageAt.get(relative);
    return page ? [`${file} and the page ${page.file} have one URL, ${post.permalink}`] : [];
  });
}

const sources = JSON.parse(readFileSync('.contentlayer/generated/Post/_index.json', 'utf8')) as SourcePost[];
try {
  const index = buildPostIndex(sources);
  const pages = readPages(contentDirs.pages);
  const collisions = urlCollisions(index.posts, pages);
  if (collisions.length) throw new Error(`Posts whose URLs are taken:\n  ${collisions.join('\n  ')}`);
  const problems = rawTagProblems(index.posts);
  if (problems.length) {
    throw new Error(
      `Hexo tags reach readers as text (write them inside code to show them):\n  ${problems.join('\n  ')}`,
    );
  }
  const drafts = sources.length - index.posts.length;
  console.log(
    `Content: ${index.posts.length} posts (${drafts} unpublished), ${index.tags.length} tags, ` +
      `${index.categories.length} categories, from ${contentDirs.posts}; ${pages.length} pages from ${contentDirs.pages}`,
  );
} catch (error) {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
}
