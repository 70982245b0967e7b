/**
 * Writes N fake Hexo posts for load tests: `npm run gen:posts -- DIR N [--force]`.
 * The output depends only on N (post i is the same whatever N is), so runs are comparable.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import * as corpus from './corpus';
import { between, body, pick, seededRandom, type Voice } from './fake-markdown';

export interface GeneratedPost {
  fileName: string;
  content: string;
}

// A tag or category name stays plain YAML when it cannot be read as anything but a string.
function yamlScalar(value: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} ./+#_-]*$/u.test(value) && !/ #|^[\d.+-]+$|^(true|false|yes|no|null)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

const START = Date.UTC(2017, 0, 1);
const SPAN_SECONDS = (Date.UTC(2025, 6, 1) - START) / 1000;

// Hexo writes local wall-clock time with no zone; the UTC fields of this Date hold exactly that.
function hexoTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** Post `index` (0-based) as a Hexo Markdown file; a pure function of the index. */
export function generatePost(index: number): GeneratedPost {
  const random = seededRandom(0x5eed ^ Math.imul(index + 1, 0x9e3779b1));
  const category = pick(random, corpus.CATEGORIES);
  const english = random() < 0.25 ? 0.7 : 0.15;
  const voice: Voice = { random, topics: category.topics, english, polite: random() < 0.5 };
  const patterns = english > 0.5 ? corpus.TITLE_PATTERNS_EN : corpus.TITLE_PATTERNS_KO;
  const date = START + Math.floor(random() * SPAN_SECONDS) * 1000;
  // Popular tags come first in the list, so squaring skews towards them as real blogs do.
  const tagCount = between(random, 1, 5);
  const tags = new Set<string>();
  while (tags.size < tagCount) tags.add(corpus.TAGS[Math.floor(random() ** 2 * corpus.TAGS.length)]!);

  const frontMatter = [
    '---',
    `title: ${JSON.stringify(pick(random, patterns).replace('{}', pick(random, category.topics)))}`,
    `date: ${hexoTime(date)}`,
    ...(random() < 0.2 ? [`updated: ${hexoTime(date + between(random, 3600, 180 * 86400) * 1000)}`] : []),
    'categories:',
    ...[category.name, pick(random, category.children)].map((name) => `  - ${yamlScalar(name)}`),
    'tags:',
    ...[...tags].map((tag) => `  - ${yamlScalar(tag)}`),
    '---',
  ];
  const prefix = random() < 0.15 ? pick(random, corpus.FILE_PREFIXES_KO) : pick(random, corpus.FILE_PREFIXES);
  const fileName = `${prefix}-${String(index).padStart(5, '0')}.md`;
  return { fileName, content: `${frontMatter.join('\n')}\n\n${body(voice)}` };
}

/** The first `count` posts. */
export function generatePosts(count: number): GeneratedPost[] {
  return Array.from({ length: count }, (_, index) => generatePost(index));
}

/** Writes posts into `dir` (created if missing); returns the number of files and bytes written. */
export async function writePosts(
  dir: string,
  posts: readonly GeneratedPost[],
): Promise<{ files: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  // One at a time: thousands of parallel writes run out of file descriptors.
  for (const post of posts) {
    const data = Buffer.from(post.content, 'utf8');
    await writeFile(path.join(dir, post.fileName), data);
    bytes += data.length;
  }
  return { files: posts.length, bytes };
}

async function main(): Promise<void> {
  const usage = 'usage: npm run gen:posts -- DIR N [--force]';
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } });
  const [dir, countText] = positionals;
  const count = Number(countText);
  if (!dir || positionals.length !== 2 || !Number.isInteger(count) || count < 1) throw new Error(usage);

  const existing = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (existing.length && !values.force) {
    throw new Error(
      `${dir} exists and is not empty; pass --force to write into it (same-named files are overwritten, others kept)`,
    );
  }
  const { files, bytes } = await writePosts(dir, generatePosts(count));
  console.log(
    `Wrote ${files} posts, ${bytes.toLocaleString('en-US')} bytes (${(bytes / 1024 / 1024).toFixed(2)} MiB), to ${dir}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
