import { readFileSync } from 'node:fs';

import hexoUtil from 'hexo-util';

import { contentDirs } from './content/dirs';
import { readPages } from './pages';
import { buildPostIndex, type SourcePost } from './post-index';
import { buildRedirects, taxonomyCandidates, type Redirect, type RedirectCandidate } from './redirects';
import { categoryUrl, postUrl, sitePageUrl, tagUrl, withoutBase } from './urls';

// CommonJS: its names come off the default export.
const { slugize } = hexoUtil;
// A URL of lib/urls.ts as the path on the site it stands for: redirects are between paths.
const decoded = (url: string) => decodeURIComponent(withoutBase(url));

/**
 * Every redirect of this site, from the content layer's output (`.contentlayer/generated`, read by
 * next.config.ts before Next builds): each post's path under the previous pattern
 * (`legacy_permalink`) and its `aliases`, and Hexo's own tag and category paths where ours differ
 * (`/tags/React/` → `/tags/react/`). Paths are unencoded NFC.
 */
export function siteRedirects(generated = '.contentlayer/generated/Post/_index.json'): Redirect[] {
  const sources = JSON.parse(readFileSync(generated, 'utf8')) as SourcePost[];
  const index = buildPostIndex(sources);
  const pages = readPages(contentDirs.pages);
  const candidates: RedirectCandidate[] = [];
  for (const post of sources.filter((source) => source.isPublished)) {
    const why = `${contentDirs.posts}/${post._raw.sourceFilePath}`;
    const to = decoded(postUrl(post));
    if (post.previousPermalink)
      candidates.push({ from: post.previousPermalink, to, why: `legacy_permalink of ${why}` });
    for (const alias of post.aliasPaths ?? []) candidates.push({ from: alias, to, why: `aliases of ${why}` });
  }
  // Hexo's tag_dir and category_dir, each name through hexo-util's slugize, case kept.
  candidates.push(
    ...taxonomyCandidates([
      ...index.tags.map((tag) => ({
        old: `/tags/${slugize(tag.name)}/`,
        name: tag.name,
        now: decoded(tagUrl(tag)),
        why: `tag ${tag.name}`,
      })),
      ...index.categories.map((category) => ({
        old: `/categories/${category.names.map((name) => slugize(name)).join('/')}/`,
        name: category.name,
        now: decoded(categoryUrl(category)),
        why: `category ${category.names.join(' › ')}`,
      })),
    ]),
  );
  const pagePaths = new Map<string, string>();
  for (const post of index.posts) pagePaths.set(decoded(postUrl(post)), `the post ${post.sourcePath}`);
  for (const tag of index.tags) pagePaths.set(decoded(tagUrl(tag)), `the tag ${tag.name}`);
  for (const category of index.categories)
    pagePaths.set(decoded(categoryUrl(category)), `the category ${category.name}`);
  for (const page of pages) pagePaths.set(decoded(sitePageUrl(page)), `the page ${page.file}`);
  const pageAt = (path: string) =>
    pagePaths.get(path) ?? pagePaths.get(path.endsWith('/') ? path.slice(0, -1) : `${path}/`);
  return buildRedirects(candidates, pageAt);
}
