import { parseLicense, type License } from './content/license';
import { dateFromFileName, parseTimestamp } from './dates';
import { nameKey, postSlug } from './slug';

/** A front-matter problem, reported with the file and the field so the author can fix it. */
export class FrontMatterError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: front matter "${field}": ${problem}`);
    this.name = 'FrontMatterError';
  }
}

const describe = (value: unknown) =>
  Array.isArray(value)
    ? 'a list'
    : value === null
      ? 'empty'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;

/** `title`, or the post's slug (`fallback`, the file name by default) when it is missing, as Hexo does. */
export function readTitle(value: unknown, file: string, fallback = postSlug(file)): string {
  if (value === undefined || value === null || value === '') return fallback;
  if (typeof value === 'string') return value.trim() || fallback;
  // YAML reads `title: 2025` as a number; Hexo would show it, and so do we.
  if (typeof value === 'number') return String(value);
  throw new FrontMatterError(file, 'title', `must be text, not ${describe(value)}`);
}

function readTimestamp(value: unknown, file: string, field: string, timeZone: string): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value !== 'string') throw new FrontMatterError(file, field, `must be a date, not ${describe(value)}`);
  try {
    return parseTimestamp(value, timeZone);
  } catch (error) {
    throw new FrontMatterError(file, field, (error as Error).message);
  }
}

/**
 * `date`, else the date the file name carries (`fromName`: by default its `YYYY-MM-DD-` prefix);
 * with neither, an error naming the file.
 */
export function readDate(
  value: unknown,
  file: string,
  timeZone: string,
  fromName = dateFromFileName(postSlug(file)),
): Date {
  if (value !== undefined && value !== null && value !== '') return readTimestamp(value, file, 'date', timeZone);
  if (fromName) return readTimestamp(fromName, file, 'date (from the file name)', timeZone);
  throw new FrontMatterError(
    file,
    'date',
    'is missing, and the file name carries no date (add `date:`, or import the Hexo blog with `npm run import:hexo`, which writes the date Hexo used)',
  );
}

/** `updated`, when present. */
export function readUpdated(value: unknown, file: string, timeZone: string): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return readTimestamp(value, file, 'updated', timeZone);
}

/** `license`, when the post has its own (lib/content/license.ts); else the site's applies. */
export function readLicense(value: unknown, file: string): License | undefined {
  try {
    return parseLicense(value);
  } catch (error) {
    throw new FrontMatterError(file, 'license', (error as Error).message);
  }
}

/** `published: false` hides a post everywhere; anything but a boolean is a mistake worth reporting. */
export function readPublished(value: unknown, file: string): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean') return value;
  throw new FrontMatterError(file, 'published', `must be true or false, not ${describe(value)}`);
}

function readName(value: unknown, file: string, field: string): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string' && value.trim()) return value.normalize('NFC').trim();
  throw new FrontMatterError(file, field, `every entry must be text, found ${describe(value)}`);
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(nameKey(name)) && seen.add(nameKey(name)));
}

/** `tags` (and Hexo's alias `tag`): a list or a single string, duplicates ignoring case removed. */
export function readTags(fields: { tags?: unknown; tag?: unknown }, file: string): string[] {
  const names = [
    ...asList(fields.tags).map((value) => readName(value, file, 'tags')),
    ...asList(fields.tag).map((value) => readName(value, file, 'tag')),
  ];
  return uniqueNames(names);
}

/**
 * `categories` (and `category`) as Hexo reads them: a flat list is one path from parent to child
 * (`[개발, 웹]` is 개발 › 웹); a list holding lists gives one path per entry
 * (`[[스포츠, 야구], 라이벌]` is 스포츠 › 야구 and 라이벌).
 */
export function readCategoryPaths(fields: { categories?: unknown; category?: unknown }, file: string): string[][] {
  const paths: string[][] = [];
  for (const field of ['categories', 'category'] as const) {
    const list = asList(fields[field]);
    if (list.some(Array.isArray)) {
      for (const entry of list) {
        const path = asList(entry).map((value) => readName(value, file, field));
        if (path.length) paths.push(path);
      }
    } else if (list.length) {
      paths.push(list.map((value) => readName(value, file, field)));
    }
  }
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = path.map(nameKey).join('\u0000');
    return !seen.has(key) && seen.add(key);
  });
}

/** `excerpt`, when it is text. */
export function readExcerptField(value: unknown, file: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  throw new FrontMatterError(file, 'excerpt', `must be text, not ${describe(value)}`);
}

/** `sticky` (hexo-generator-index): a post with a higher number is pinned above the others on the home page. */
export function readSticky(value: unknown, file: string): number {
  if (value === undefined || value === null || value === false || value === '') return 0;
  if (value === true) return 1;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw new FrontMatterError(file, 'sticky', `must be a number of 0 or more, not ${describe(value)}`);
}

/**
 * The post's picture for listings and its Open Graph image: `cover`, else `thumbnail`, else
 * `banner` (the names Hexo themes use), as written: a URL or a path.
 */
export function readCover(fields: { cover?: unknown; thumbnail?: unknown; banner?: unknown }, file: string) {
  for (const field of ['cover', 'thumbnail', 'banner'] as const) {
    const value = fields[field];
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (typeof value !== 'string')
      throw new FrontMatterError(file, field, `must be an image path or URL, not ${describe(value)}`);
    return value.trim();
  }
  return undefined;
}

/** `comments: false` turns comments off on a post; on by default. */
export function readComments(value: unknown, file: string): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean') return value;
  throw new FrontMatterError(file, 'comments', `must be true or false, not ${describe(value)}`);
}

/** `comments_id`: the key of the post's comment thread, instead of its slug (text or a number). */
export function readCommentsId(value: unknown, file: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim()) return value.trim().normalize('NFC');
  throw new FrontMatterError(file, 'comments_id', `must be text, not ${describe(value)}`);
}

/** `lang`: the post's own language (BCP 47), when it differs from the site's. */
export function readLang(value: unknown, file: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') {
    try {
      return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
    } catch {
      // Reported below.
    }
  }
  throw new FrontMatterError(
    file,
    'lang',
    `must be a language tag such as ko, en or zh-CN, not ${JSON.stringify(value)}`,
  );
}

/** `aliases` (or hexo-generator-alias's `alias`): old paths of the post, a list or one path. */
export function readAliases(fields: { aliases?: unknown; alias?: unknown }, file: string): string[] {
  return [...asList(fields.aliases), ...asList(fields.alias)].map((value) => {
    if (typeof value !== 'string' || !value.trim()) {
      throw new FrontMatterError(
        file,
        'aliases',
        `every entry must be a path such as /2015/01/old-name/, found ${describe(value)}`,
      );
    }
    return value.trim();
  });
}

/** `series` (and `series_order`): the series a post is a part of, and its place when not by date. */
export function readSeries(
  fields: { series?: unknown; series_order?: unknown },
  file: string,
): { name: string; order?: number } | undefined {
  const { series, series_order: order } = fields;
  const hasOrder = order !== undefined && order !== null && order !== '';
  if (series === undefined || series === null || series === '') {
    if (hasOrder) throw new FrontMatterError(file, 'series_order', 'needs `series:` naming the series');
    return undefined;
  }
  if (typeof series !== 'string' && typeof series !== 'number') {
    throw new FrontMatterError(file, 'series', `must be the series' name, not ${describe(series)}`);
  }
  const name = readName(series, file, 'series');
  if (!hasOrder) return { name };
  if (typeof order !== 'number' || !Number.isInteger(order) || order < 1) {
    throw new FrontMatterError(
      file,
      'series_order',
      `must be a whole number of at least 1, not ${JSON.stringify(order)}`,
    );
  }
  return { name, order };
}
