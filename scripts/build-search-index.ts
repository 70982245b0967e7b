// Writes the search index to public/search-index/ from the same post index the pages are built
// from (lib/post-index.ts), so search and pages never disagree. Runs after the content step.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { buildPostIndex, type SourcePost } from '../lib/post-index';
import { buildSearchIndex } from '../lib/search/build';

const OUT = 'public/search-index';

const started = performance.now();
const sources = JSON.parse(readFileSync('.contentlayer/generated/Post/_index.json', 'utf8')) as SourcePost[];
const { posts } = buildPostIndex(sources);
const files = buildSearchIndex(posts);

rmSync(OUT, { recursive: true, force: true });
let bytes = 0;
for (const [name, content] of files) {
  const file = path.join(OUT, name);
  mkdirSync(path.dirname(file), { recursive: true });
  const json = JSON.stringify(content);
  bytes += Buffer.byteLength(json);
  writeFileSync(file, json);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Search index: ${posts.length} posts, ${files.size} files, ${(bytes / 1e6).toFixed(1)} MB in ${seconds} s → ${OUT}/`,
);
