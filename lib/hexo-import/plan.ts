import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'hexo-front-matter';

import { MARKDOWN_FILE } from '../content/dirs';
import { shadowsGeneratedPath } from '../content/static-files';

/** Where a file of Hexo's `source/` goes. */
export type Destination = 'posts' | 'pages' | 'static';

/** One file to import: its path under `source/` and under its destination folder (`/` separators). */
export interface PlannedFile {
  source: string;
  target: string;
  to: Destination;
  /** A Markdown post, draft or page (not an asset). */
  markdown: boolean;
  /** From `_drafts/`. */
  draft: boolean;
}

/** A file of `source/` that is not imported, and why. */
export interface LeftFile {
  source: string;
  reason: string;
}

/** What goes where: the files to copy, those Hexo ignores, and those that would shadow a route. */
export interface Plan {
  files: PlannedFile[];
  ignored: LeftFile[];
  refused: LeftFile[];
}

/** The `type`s of Hexo theme pages that stand for a listing (`source/tags/index.md` with `type: tags`). */
export const PLACEHOLDER_TYPES: readonly string[] = ['tags', 'categories', 'archives', 'search'];

/** Why Hexo skips `source/<relative>`, or undefined when it reads it. */
export function ignoredBecause(relative: string, drafts: boolean): string | undefined {
  const names = relative.split('/');
  const [top = ''] = names;
  if (relative.endsWith('~') || relative.endsWith('%')) return 'a temporary file (ends with ~ or %)';
  if (names.some((name) => name.startsWith('.'))) return 'hidden (a name starts with .)';
  if (top === '_drafts' && names.length > 1 && !names.slice(1).some((name) => name.startsWith('_'))) {
    return drafts ? undefined : 'a draft (import drafts with --drafts)';
  }
  const inside = top === '_posts' ? names.slice(1) : names;
  if (inside.some((name) => name.startsWith('_'))) return 'Hexo ignores names that start with _';
  return undefined;
}

/** The site route a static file or page at `target` would shadow (the build's own list, and Hexo's `rss.xml`), or undefined. */
export function shadowedRoute(target: string): string | undefined {
  const normalized = target.normalize('NFC');
  if (!shadowsGeneratedPath(normalized) && normalized.toLowerCase() !== 'rss.xml') return undefined;
  const [top = ''] = normalized.split('/');
  if (normalized.includes('/')) return `/${top}/`;
  return top.toLowerCase() === 'index.html' ? '/' : `/${top}`;
}

/** A page's path (`about/index.md` → `about`, `a/b.md` → `a/b`), as the site's menu and pages folder name it. */
export function pagePath(relative: string): string {
  const withoutExtension = relative.replace(MARKDOWN_FILE, '');
  return withoutExtension.endsWith('/index') ? withoutExtension.slice(0, -'/index'.length) : withoutExtension;
}

/** Where one file of `source/` goes (pure: the path decides). */
export function classify(relative: string, drafts: boolean): PlannedFile | LeftFile {
  const reason = ignoredBecause(relative, drafts);
  if (reason) return { source: relative, reason };
  const [top, ...rest] = relative.split('/');
  const markdown = MARKDOWN_FILE.test(relative);
  if (top === '_posts' || top === '_drafts') {
    return { source: relative, target: rest.join('/'), to: 'posts', markdown, draft: top === '_drafts' };
  }
  if (markdown) {
    const page = pagePath(relative);
    const route = page === 'index' ? '/' : shadowedRoute(page.includes('/') ? page : `${page}/`);
    if (route) return { source: relative, reason: `would shadow the site's ${route}` };
    return { source: relative, target: `${page}.md`, to: 'pages', markdown, draft: false };
  }
  const route = shadowedRoute(relative);
  if (route) return { source: relative, reason: `would shadow the site's ${route}` };
  return { source: relative, target: relative, to: 'static', markdown: false, draft: false };
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const relative = prefix + entry.name;
      if (entry.isDirectory()) return walk(path.join(dir, entry.name), `${relative}/`);
      return entry.isFile() ? [relative] : [];
    });
}

/**
 * Walks a Hexo site's `source/` and decides what goes where: `_posts/` (and with `drafts`
 * `_drafts/`) to the posts folder, Markdown pages to the pages folder (`about/index.md` →
 * `about.md`), every other file to the static folder at the same path. Files Hexo ignores are
 * listed in `ignored`, files that would shadow a route (or a file already planned) in `refused`.
 */
export function planImport(sourceDir: string, options: { drafts: boolean }): Plan {
  const plan: Plan = { files: [], ignored: [], refused: [] };
  const taken = new Map<string, string>();
  for (const relative of walk(sourceDir)) {
    const decided = classify(relative, options.drafts);
    if ('reason' in decided) {
      (decided.reason.startsWith('would shadow') ? plan.refused : plan.ignored).push(decided);
      continue;
    }
    const key = `${decided.to}:${decided.target.normalize('NFC').toLowerCase()}`;
    const first = taken.get(key);
    if (first) {
      plan.refused.push({ source: relative, reason: `goes to the same ${decided.to} file as ${first}` });
      continue;
    }
    taken.set(key, relative);
    plan.files.push(decided);
  }
  return plan;
}

/**
 * Says so when a refused page is a theme's placeholder for the listing the site makes at its path
 * (`source/tags/index.md` with `type: tags`): nothing is lost by leaving it.
 */
export function explainPlaceholders(sourceDir: string, refused: readonly LeftFile[]): LeftFile[] {
  return refused.map((left) => {
    if (!MARKDOWN_FILE.test(left.source) || !left.reason.startsWith('would shadow')) return left;
    let type: unknown;
    try {
      type = (parse(readFileSync(path.join(sourceDir, left.source), 'utf8')) as { type?: unknown }).type;
    } catch {
      return left;
    }
    if (typeof type !== 'string' || !PLACEHOLDER_TYPES.includes(type) || pagePath(left.source) !== type) return left;
    return { source: left.source, reason: `a theme's placeholder (type: ${type}); the site makes /${type} itself` };
  });
}
