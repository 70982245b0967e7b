// Runs right after `contentlayer2 build`: builds the post index once so that problems across
// posts (two files with one slug) fail here, naming the files, before Next.js starts, and
// prints what the site will contain.
import { readFileSync } from 'node:fs';

import { buildPostIndex, type SourcePost } from '../lib/post-index';

const sources = JSON.parse(readFileSync('.contentlayer/generated/Post/_index.json', 'utf8')) as SourcePost[];
try {
  const index = buildPostIndex(sources);
  const drafts = sources.length - index.posts.length;
  console.log(
    `Content: ${index.posts.length} posts (${drafts} unpublished), ${index.tags.length} tags, ` +
      `${index.categories.length} categories, from ${process.env.CONTENT_DIR || 'content/posts'}`,
  );
} catch (error) {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
}
