import path from 'node:path';

import { escape, parse as parseHexo, split } from 'hexo-front-matter';
import { parse as parseYaml, YAMLParseError } from 'yaml';

import { readCategoryPaths, readDate, readPublished, readTags, readTitle, readUpdated } from '../front-matter';
import { PLACEHOLDER_TYPES } from './plan';
import { imageReferences, localPath } from './references';

/** Something the build will stop on: the file (as imported), the line and what is wrong. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

/** A Markdown post or page as imported. */
export interface CheckedFile {
  /** The path the problem lines name (the imported file, e.g. `content/posts/hello.md`). */
  display: string;
  /** Its path under Hexo's `source/` (`_posts/hello.md`, `about/index.md`). */
  source: string;
  text: string;
  kind: 'post' | 'page';
}

/** The Markdown body of a post or page as Hexo splits it, and the line it starts on. */
export function bodyOf(text: string): { body: string; firstLine: number } {
  const { data, content } = split(text);
  let hasFields = false;
  try {
    hasFields = data !== undefined && Object.keys(parseHexo(text) as object).some((key) => key !== '_content');
  } catch {
    hasFields = data !== undefined;
  }
  if (!hasFields) return { body: text, firstLine: 1 };
  return { body: content, firstLine: text.slice(0, text.length - content.length).split('\n').length };
}

/**
 * Local images of a post or page that point at nothing. A root-relative `src` must be a file
 * the import copies from `source/` (`root` is Hexo's sub-path, taken off first); a relative one
 * is looked for in a post's asset folder, then beside the file. `exists` answers for paths
 * under `source/`.
 */
export function imageProblems(file: CheckedFile, exists: (source: string) => boolean, root = '/'): Problem[] {
  const { body, firstLine } = bodyOf(file.text);
  const folder = path.posix.dirname(file.source);
  const problems: Problem[] = [];
  for (const { src, line } of imageReferences(body, firstLine)) {
    const wanted = localPath(src);
    if (wanted === undefined) continue;
    let candidates: string[];
    if (wanted.startsWith('/')) {
      const underRoot = root !== '/' && wanted.startsWith(root) ? wanted.slice(root.length - 1) : wanted;
      candidates = [path.posix.normalize(underRoot).slice(1)];
    } else {
      const assetFolder = file.source.replace(/\.(md|markdown)$/i, '');
      const places = file.kind === 'post' ? [assetFolder, folder] : [folder];
      candidates = places.map((place) => path.posix.normalize(path.posix.join(place, wanted)));
    }
    candidates = [...new Set(candidates)].filter((candidate) => !candidate.startsWith('..'));
    if (candidates.some(exists)) continue;
    const looked = candidates.map((candidate) => `source/${candidate}`).join(', ') || 'outside source/';
    problems.push({ file: file.display, line, message: `image "${src}" points at nothing (looked for ${looked})` });
  }
  return problems;
}

const FIELDS = ['title', 'date', 'updated', 'published', 'tags', 'categories'] as const;

/** The first line of the front matter that sets `field` (`tags:` or its alias `tag:`), else line 1. */
function lineOfField(text: string, field: string): number {
  const lines = text.split('\n');
  const names = field === 'tags' ? ['tags', 'tag'] : field === 'categories' ? ['categories', 'category'] : [field];
  const at = lines.findIndex((line) => names.some((name) => new RegExp(`^["']?${name}["']?\\s*:`).test(line)));
  return at + 1 || 1;
}

/**
 * Front-matter values the build refuses (YAML it cannot read, a date that is not a date, a
 * title that is not text, ...), checked by the build's own readers in the site's time zone; of a
 * page, YAML it cannot read and a Hexo `type` other than a listing's placeholder.
 */
export function frontMatterProblems(file: CheckedFile, timeZone: string): Problem[] {
  const { data, separator } = split(file.text);
  if (data === undefined) return [];
  const dataLine = file.text.slice(0, file.text.indexOf(data)).split('\n').length;
  let fields: Record<string, unknown>;
  try {
    const parsed: unknown = separator?.startsWith(';') ? JSON.parse(`{${data}}`) : parseYaml(escape(data));
    if (parsed === null || typeof parsed !== 'object') return [];
    fields = parsed as Record<string, unknown>;
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0].line ?? 1) + dataLine - 1 : dataLine;
    return [
      { file: file.display, line, message: `front matter is not valid: ${(error as Error).message.split('\n')[0]}` },
    ];
  }
  const problems: Problem[] = [];
  if (file.kind === 'page') {
    const { type } = fields;
    if (type !== undefined && type !== null && !PLACEHOLDER_TYPES.includes(type as string)) {
      const message = `front matter "type": must be one of ${PLACEHOLDER_TYPES.join(', ')}, not ${JSON.stringify(type)}`;
      problems.push({ file: file.display, line: lineOfField(file.text, 'type'), message });
    }
    return problems;
  }
  for (const field of FIELDS) {
    try {
      if (field === 'title') readTitle(fields.title, file.display);
      if (field === 'date') readDate(fields.date, file.display, timeZone);
      if (field === 'updated') readUpdated(fields.updated, file.display, timeZone);
      if (field === 'published') readPublished(fields.published, file.display);
      if (field === 'tags') readTags(fields, file.display);
      if (field === 'categories') readCategoryPaths(fields, file.display);
    } catch (error) {
      const message = (error as Error).message.replace(`${file.display}: `, '');
      problems.push({ file: file.display, line: lineOfField(file.text, field), message });
    }
  }
  return problems;
}
