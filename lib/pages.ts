import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { unified } from 'unified';

import { canonicalFrontMatter } from './content/hexo-front-matter';
import { frontMatterFields } from './content/post-permalink';
import { contentDirs } from './content/dirs';
import { shadowsGeneratedPath } from './content/static-files';
import { FrontMatterError, readComments, readCommentsId, readTitle } from './front-matter';
import type { MarkdownFacts } from './markdown/facts';
import { addMarkdownPipeline } from './markdown/pipeline';
import { prepareMarkdown } from './content/prepare';
import { tagContext } from './content/tag-context';
import { site } from './site';
import { archivesIndexUrl, categoriesIndexUrl, searchPageUrl, sitePageUrl, tagsIndexUrl } from './urls';

/** A Markdown page of the site (`content/pages/about.md` is `/about`): not a post, in no listing or feed. */
export interface SitePage {
  /** Its URL path without the leading slash: `about`, `projects/tools`. */
  path: string;
  title: string;
  /** The file, for messages. */
  file: string;
  /** Where a Hexo theme's placeholder page (`type: tags`) sends its readers; no body then. */
  redirectTo?: string;
  /** The page's Markdown, front matter included. */
  markdown: string;
  /** Comments under the page: only when its front matter asks (`comments: true`), unlike a post. */
  comments: boolean;
  /** Front matter `comments_id`: the key of its comment thread, instead of its path. */
  commentsId?: string;
}

// Hexo themes make `source/tags/index.md` with `type: tags` a list their templates fill in.
const PLACEHOLDERS: Record<string, string> = {
  tags: tagsIndexUrl,
  categories: categoriesIndexUrl,
  archives: archivesIndexUrl,
  search: searchPageUrl,
};

function readPage(dir: string, file: string): SitePage {
  const relative = file.split(path.sep).join('/').normalize('NFC');
  const location = path.join(dir, file);
  const markdown = canonicalFrontMatter(readFileSync(location, 'utf8'));
  const fields = frontMatterFields(markdown);
  const pagePath = relative.replace(/\.(md|markdown)$/i, '').replace(/(^|\/)index$/, '');
  const type = fields.type;
  if (type !== undefined && type !== null && (typeof type !== 'string' || !(type in PLACEHOLDERS))) {
    throw new FrontMatterError(location, 'type', `must be one of ${Object.keys(PLACEHOLDERS).join(', ')}`);
  }
  return {
    path: pagePath,
    title: readTitle(fields.title, location, path.posix.basename(pagePath)),
    file: location,
    redirectTo: typeof type === 'string' ? PLACEHOLDERS[type] : undefined,
    markdown,
    comments: fields.comments !== undefined && fields.comments !== null && readComments(fields.comments, location),
    commentsId: readCommentsId(fields.comments_id, location),
  };
}

/**
 * Every page in `dir`, in path order. A theme's placeholder at the path of the page it stands for
 * (`source/tags/index.md`) is that page already and is left out; any other page at a path the
 * site generates stops the build.
 */
export function readPages(dir: string): SitePage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(md|markdown)$/i.test(file))
    .sort()
    .map((file) => readPage(dir, file))
    .filter((page) => {
      if (page.redirectTo === sitePageUrl(page)) return false;
      if (page.path === '' || shadowsGeneratedPath(page.path)) {
        throw new Error(`${page.file}: the page's path /${page.path} is a page the site makes itself; rename the file`);
      }
      return true;
    });
}

/** The site's pages (`PAGES_DIR`, default content/pages). */
export const sitePages: readonly SitePage[] = readPages(contentDirs.pages);

/** The page at a URL path (`about`), if there is one. */
export function getSitePage(pagePath: string): SitePage | undefined {
  return sitePages.find((page) => page.path === pagePath.normalize('NFC'));
}

/** The pages of the header's navigation, in the order of the settings' `menu`. */
export function menuPages(): SitePage[] {
  return site.menu.map((entry) => {
    const page = getSitePage(entry);
    if (!page)
      throw new Error(
        `${site.settingsFile}: "menu" lists "${entry}", but there is no page ${contentDirs.pages}/${entry}.md`,
      );
    return page;
  });
}

/** A page rendered with the posts' Markdown pipeline: its HTML and what is known of it. */
export interface RenderedPage {
  html: string;
  facts: MarkdownFacts;
}

/** A page's HTML and facts, rendered with the posts' Markdown pipeline. */
export async function renderSitePage(page: SitePage): Promise<RenderedPage> {
  const builder = unified();
  addMarkdownPipeline(builder, {
    // A page's relative images sit beside it among the static files, as in Hexo's `source/about/`.
    images: { contentDir: path.dirname(page.file), publicDir: contentDirs.static, baseUrl: sitePageUrl(page) },
  });
  // A page has no asset folder: its files are among the static ones.
  const markdown = prepareMarkdown(
    page.markdown,
    tagContext(page.file, () => undefined),
  );
  const file = { value: markdown, data: { rawDocumentData: { sourceFilePath: path.basename(page.file) } } };
  const rendered = await builder.process(file);
  return { html: String(rendered), facts: rendered.data.facts! };
}
